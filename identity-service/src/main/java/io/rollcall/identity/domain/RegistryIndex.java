package io.rollcall.identity.domain;

import io.rollcall.events.LinkRole;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lookups over one meeting's registry, built once per resolution so that a large meeting costs one
 * pass over its links rather than one per event.
 */
final class RegistryIndex {
  private final Map<String, RegistryLink> byRegistrantId = new HashMap<>();
  private final Map<String, RegistryLink> byCustomerKey = new HashMap<>();
  private final Map<String, List<RegistryLink>> byZoomUserId = new HashMap<>();
  private final Map<String, List<RegistryLink>> inviteesByEmail = new HashMap<>();
  private final Map<String, List<RegistryLink>> inviteesByName = new HashMap<>();
  private final boolean registrationRequired;

  RegistryIndex(MeetingRegistry registry) {
    for (RegistryLink link : registry.links()) {
      putFirst(byRegistrantId, link.registrantId(), link);
      putFirst(byCustomerKey, link.customerKey(), link);
      add(byZoomUserId, link.zoomUserId(), link);
      if (link.role() == LinkRole.HOST && registry.meeting() != null) {
        String hostId = registry.meeting().hostId();
        if (hostId != null && !hostId.equals(link.zoomUserId())) {
          add(byZoomUserId, hostId, link);
        }
      }
      if (link.role() == LinkRole.INVITEE) {
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

  boolean registrationRequired() {
    return registrationRequired;
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
      map.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(link);
    }
  }
}
