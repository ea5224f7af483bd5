package io.rollcall.demo;

import java.time.Instant;
import java.util.List;

/** attendance-service's answer for one meeting instance (the fields the demo shows). */
public record Attendance(
    String meetingId,
    String instanceUuid,
    Instant startedAt,
    Instant endedAt,
    List<Attendee> attendees) {

  public Attendance {
    attendees = attendees == null ? List.of() : List.copyOf(attendees);
  }

  /**
   * One person, or one unresolved connection chain ({@code ref} null). {@code viaLinkOf}: the owner
   * of someone else's link the attendee used without being that person (else null).
   */
  public record Attendee(
      String ref,
      String role,
      String name,
      String email,
      Resolution resolution,
      long attendedSeconds,
      List<Session> sessions,
      List<String> flags,
      String viaLinkOf) {

    public Attendee {
      sessions = sessions == null ? List.of() : List.copyOf(sessions);
      flags = flags == null ? List.of() : List.copyOf(flags);
    }
  }

  public record Resolution(String method, String confidence) {}

  public record Session(Instant joinedAt, Instant leftAt, String leaveReason) {}

  /** Sessions over all attendees: one per connection Zoom reported. */
  public int sessionCount() {
    return attendees.stream().mapToInt(a -> a.sessions().size()).sum();
  }
}
