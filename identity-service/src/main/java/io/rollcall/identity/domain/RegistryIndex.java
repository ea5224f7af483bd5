package io.rollcall.identity.domain;

import static io.rollcall.identity.domain.ConnectionKeys.present;

import io.rollcall.events.LinkRole;
import io.rollcall.events.ZoomParticipant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lookups over one meeting's registry, built once per resolution so that a large meeting costs one
 * pass over its links rather than one per event.
 *
 * <p>Every lookup is named by an <em>evidence key</em>: its kind and its normalised value, such as
 * {@code "r:REG-1"} or {@code "n:maria lopez"}. An event's keys ({@link #evidenceKeys}) are what
 * the evidence ladder looks up for it; {@link #changedKeys} says which answers a registry change
 * altered, so an incremental resolver re-decides only the chains holding such a key.
 */
final class RegistryIndex {
  private static final String REGISTRANT = "r:";
  private static final String CUSTOMER_KEY = "c:";
  private static final String ZOOM_USER = "z:";
  private static final String EMAIL = "e:";
  private static final String NAME = "n:";

  private final Map<String, RegistryLink> byRegistrantId = new HashMap<>();
  private final Map<String, RegistryLink> byCustomerKey = new HashMap<>();
  private final Map<String, List<RegistryLink>> byZoomUserId = new HashMap<>();
  private final Map<String, List<RegistryLink>> inviteesByEmail = new HashMap<>();
  private final Map<String, List<RegistryLink>> inviteesByName = new HashMap<>();
  private final Map<String, RegistryLink> byRef = new HashMap<>();
  private final boolean registrationRequired;

  RegistryIndex(MeetingRegistry registry) {
    for (RegistryLink link : registry.links()) {
      putFirst(byRegistrantId, link.registrantId(), link);
      if (link.inviteeRef() != null
          && ManualAssignments.preferred(link, byRef.get(link.inviteeRef()))) {
        byRef.put(link.inviteeRef(), link);
      }
      putFirst(byCustomerKey, link.customerKey(), link);
      add(byZoomUserId, link.zoomUserId(), link);
      if (link.role() == LinkRole.HOST && registry.meeting() != null) {
        String hostId = registry.meeting().hostId();
        if (hostId != null && !hostId.equals(link.zoomUserId())) {
          add(byZoomUserId, hostId, link);
        }
      }
      if (link.role() != null && link.role().invited()) { // invitees, webinar attendees, panelists
        add(inviteesByEmail, email(link.email()), link);
        add(inviteesByName, Names.normalise(link.displayName()), link);
      }
    }
    this.registrationRequired = registry.registrationRequired();
  }

  Optional<RegistryLink> byRegistrantId(String registrantId) {
    return Optional.ofNullable(byRegistrantId.get(registrantId));
  }

  Optional<RegistryLink> byCustomerKey(String customerKey) {
    return Optional.ofNullable(byCustomerKey.get(customerKey));
  }

  /** The invitees or host whose known Zoom user id this is (the host also via the meeting). */
  List<RegistryLink> byZoomUserId(String zoomUserId) {
    return byZoomUserId.getOrDefault(zoomUserId, List.of());
  }

  /** Invitees with this email, trimmed and case-insensitive. */
  List<RegistryLink> inviteesByEmail(String email) {
    return inviteesByEmail.getOrDefault(email(email), List.of());
  }

  /** Invitees whose registered name equals this display name after normalisation. */
  List<RegistryLink> inviteesByName(String displayName) {
    return inviteesByName.getOrDefault(Names.normalise(displayName), List.of());
  }

  /** The link of the person with this ref (host or invitee); an issued one before a revoked one. */
  Optional<RegistryLink> byRef(String ref) {
    return ref == null ? Optional.empty() : Optional.ofNullable(byRef.get(ref));
  }

  boolean registrationRequired() {
    return registrationRequired;
  }

  /** The evidence keys the ladder looks up for this participant (at most one per kind). */
  static List<String> evidenceKeys(ZoomParticipant p) {
    List<String> keys = new ArrayList<>(5);
    if (present(p.registrantId())) {
      keys.add(REGISTRANT + p.registrantId());
    }
    if (present(p.customerKey())) {
      keys.add(CUSTOMER_KEY + p.customerKey());
    }
    if (present(p.zoomUserId())) {
      keys.add(ZOOM_USER + p.zoomUserId());
    }
    if (present(p.email())) {
      keys.add(EMAIL + email(p.email()));
    }
    if (present(p.userName())) {
      keys.add(NAME + Names.normalise(p.userName()));
    }
    return keys;
  }

  /**
   * The evidence keys whose lookup answers differently in {@code other} (the links found, their
   * order, or any field of theirs, revocation included). Costs one pass over both indexes. Says
   * nothing about {@link #registrationRequired()}: compare that separately.
   */
  Set<String> changedKeys(RegistryIndex other) {
    Set<String> changed = new HashSet<>();
    addChanged(REGISTRANT, byRegistrantId, other.byRegistrantId, changed);
    addChanged(CUSTOMER_KEY, byCustomerKey, other.byCustomerKey, changed);
    addChanged(ZOOM_USER, byZoomUserId, other.byZoomUserId, changed);
    addChanged(EMAIL, inviteesByEmail, other.inviteesByEmail, changed);
    addChanged(NAME, inviteesByName, other.inviteesByName, changed);
    return changed;
  }

  private static <V> void addChanged(
      String kind, Map<String, V> mine, Map<String, V> theirs, Set<String> changed) {
    mine.forEach(
        (key, value) -> {
          if (!value.equals(theirs.get(key))) {
            changed.add(kind + key);
          }
        });
    theirs.keySet().stream()
        .filter(key -> !mine.containsKey(key))
        .forEach(k -> changed.add(kind + k));
  }

  private static String email(String email) {
    return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
  }

  private static void putFirst(Map<String, RegistryLink> map, String key, RegistryLink link) {
    if (key != null && !key.isBlank()) {
      map.putIfAbsent(key, link);
    }
  }

  private static void add(Map<String, List<RegistryLink>> map, String key, RegistryLink link) {
    if (key != null && !key.isBlank()) {
      map.computeIfAbsent(key, k -> new ArrayList<>()).add(link);
    }
  }
}
