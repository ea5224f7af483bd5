package io.rollcall.identity.domain;

import io.rollcall.events.MeetingInfo;
import java.util.List;
import java.util.Objects;

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

  public boolean registrationRequired() {
    return meeting != null && meeting.registrationRequired();
  }

  /** Distinct people among links (one person may in principle hold several links). */
  static long distinctPeople(List<RegistryLink> links) {
    return links.stream().map(RegistryLink::inviteeRef).filter(Objects::nonNull).distinct().count();
  }
}
