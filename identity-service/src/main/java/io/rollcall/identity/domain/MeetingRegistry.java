package io.rollcall.identity.domain;

import io.rollcall.events.LinkRole;
import io.rollcall.events.MeetingInfo;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the registry knows about one meeting: its links (revoked ones included) and the settings
 * Zoom applied (null until the host link arrived).
 */
public record MeetingRegistry(String meetingId, List<RegistryLink> links, MeetingInfo meeting) {

  public MeetingRegistry {
    links = List.copyOf(links);
  }

  public static MeetingRegistry empty(String meetingId) {
    return new MeetingRegistry(meetingId, List.of(), null);
  }

  public Optional<RegistryLink> byRegistrantId(String registrantId) {
    return links.stream()
        .filter(l -> registrantId != null && registrantId.equals(l.registrantId()))
        .findFirst();
  }

  public Optional<RegistryLink> byCustomerKey(String customerKey) {
    return links.stream()
        .filter(l -> customerKey != null && customerKey.equals(l.customerKey()))
        .findFirst();
  }

  /** The invitees or host whose known Zoom user id this is (the host also via the meeting). */
  public List<RegistryLink> byZoomUserId(String zoomUserId) {
    return links.stream()
        .filter(
            l ->
                zoomUserId.equals(l.zoomUserId())
                    || (l.role() == LinkRole.HOST
                        && meeting != null
                        && zoomUserId.equals(meeting.hostId())))
        .toList();
  }

  public List<RegistryLink> inviteesByEmail(String email) {
    String wanted = email.trim().toLowerCase(Locale.ROOT);
    return invitees().stream()
        .filter(l -> l.email() != null && l.email().trim().toLowerCase(Locale.ROOT).equals(wanted))
        .toList();
  }

  public List<RegistryLink> inviteesByName(String displayName) {
    String wanted = Names.normalise(displayName);
    return invitees().stream()
        .filter(l -> !wanted.isEmpty() && wanted.equals(Names.normalise(l.displayName())))
        .toList();
  }

  public boolean registrationRequired() {
    return meeting != null && meeting.registrationRequired();
  }

  private List<RegistryLink> invitees() {
    return links.stream().filter(l -> l.role() == LinkRole.INVITEE).toList();
  }

  /** Distinct people among links (one person may in principle hold several links). */
  static long distinctPeople(List<RegistryLink> links) {
    return links.stream().map(RegistryLink::inviteeRef).filter(Objects::nonNull).distinct().count();
  }
}
