package io.rollcall.simulator.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The simulated account's users, found by Zoom user id or by email. */
public final class Account {

  private final String id;
  private final Ids ids;
  private final boolean autoLicense;
  private final Map<String, ZoomUser> byId = new LinkedHashMap<>();
  private final Map<String, ZoomUser> byEmail = new LinkedHashMap<>();

  public Account(String id, Ids ids, boolean autoLicense) {
    this.id = id;
    this.ids = ids;
    this.autoLicense = autoLicense;
  }

  public String id() {
    return id;
  }

  public synchronized ZoomUser addUser(String email, boolean internal) {
    return find(email).orElseGet(() -> register(email, internal));
  }

  public synchronized Optional<ZoomUser> find(String idOrEmail) {
    if (idOrEmail == null) {
      return Optional.empty();
    }
    ZoomUser user = byId.get(idOrEmail);
    return Optional.ofNullable(
        user != null ? user : byEmail.get(idOrEmail.toLowerCase(Locale.ROOT)));
  }

  /**
   * The licensed host named by a /v2/users/{userId} path: an id or email of the account; an unknown
   * email becomes a licensed user when auto-licensing is on ("me" is refused, as for
   * Server-to-Server apps).
   */
  public synchronized ZoomUser host(String idOrEmail) {
    Optional<ZoomUser> known = find(idOrEmail).filter(ZoomUser::internal);
    if (known.isPresent()) {
      return known.get();
    }
    if (autoLicense && idOrEmail.contains("@")) {
      return register(idOrEmail, true);
    }
    throw ZoomApiException.userNotFound(idOrEmail);
  }

  public synchronized Collection<ZoomUser> users() {
    return byId.values().stream().filter(ZoomUser::internal).toList();
  }

  private ZoomUser register(String email, boolean internal) {
    String local = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
    String[] parts = local.split("[._-]", 2);
    ZoomUser user =
        new ZoomUser(
            ids.zoomId(),
            email.toLowerCase(Locale.ROOT),
            capitalise(parts[0]),
            parts.length > 1 ? capitalise(parts[1]) : "",
            internal);
    byId.put(user.id(), user);
    byEmail.put(user.email(), user);
    return user;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
