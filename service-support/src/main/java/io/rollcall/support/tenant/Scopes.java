package io.rollcall.support.tenant;

import java.util.Set;

/**
 * What an API key or an OIDC token may do (issue 17). A request is allowed when its credential
 * holds the endpoint's scope for the tenant that owns what the endpoint touches. The names are the
 * ones written in tenants files, in {@code POST /admin/api-keys} and in OIDC {@code scope} claims;
 * as security roles they are checked with {@code @RolesAllowed}.
 */
public final class Scopes {

  /** Read attendance, instances, people's attendance; the attendance page. */
  public static final String ATTENDANCE_READ = "attendance:read";

  /** Schedule meetings and webinars, register and revoke invitees, issue SDK signatures. */
  public static final String MEETINGS_WRITE = "meetings:write";

  /** Hosts' start links and ZAKs: whoever holds them can start the meeting as its host. */
  public static final String HOST_LINKS = "host-links";

  /** Rebuild, reconcile, manual corrections, API keys and erasure. */
  public static final String ADMIN = "admin";

  /** Every scope: what the single-account keys of {@code ROLLCALL_API_KEYS} hold. */
  public static final Set<String> ALL = Set.of(ATTENDANCE_READ, MEETINGS_WRITE, HOST_LINKS, ADMIN);

  private Scopes() {}

  /**
   * The scopes named, checked.
   *
   * @throws IllegalArgumentException naming the first unknown scope
   */
  public static Set<String> parse(Iterable<String> names) {
    java.util.LinkedHashSet<String> scopes = new java.util.LinkedHashSet<>();
    for (String name : names) {
      String scope = name == null ? "" : name.strip();
      if (!ALL.contains(scope)) {
        throw new IllegalArgumentException(
            "unknown scope '" + scope + "'; scopes are " + String.join(", ", sorted()));
      }
      scopes.add(scope);
    }
    return Set.copyOf(scopes);
  }

  /** Every scope, sorted, for messages. */
  public static java.util.List<String> sorted() {
    return ALL.stream().sorted().toList();
  }
}
