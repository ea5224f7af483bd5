package io.rollcall.identity.domain;

import io.rollcall.events.ParticipantAction;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When a connection was in the meeting proper (waiting rooms excluded): from its join to its leave,
 * open-ended while no leave is known.
 */
record Presence(Instant start, Instant end) {
  private static final Set<ParticipantAction> IN_MEETING =
      Set.of(
          ParticipantAction.JOINED,
          ParticipantAction.LEFT,
          ParticipantAction.ROLE_CHANGED,
          ParticipantAction.BIND);

  /** Empty when the connection never was in the meeting proper. */
  static Optional<Presence> of(List<Observation> observations) {
    List<Observation> inMeeting =
        observations.stream()
            .filter(o -> IN_MEETING.contains(o.action()) && o.occurredAt() != null)
            .toList();
    if (inMeeting.isEmpty()) {
      return Optional.empty();
    }
    Instant start =
        first(inMeeting, ParticipantAction.JOINED)
            .orElse(inMeeting.stream().map(Observation::occurredAt).min(Instant::compareTo).get());
    Instant end =
        inMeeting.stream()
            .filter(o -> o.action() == ParticipantAction.LEFT)
            .map(Observation::occurredAt)
            .max(Instant::compareTo)
            .orElse(null);
    return Optional.of(new Presence(start, end));
  }

  boolean overlaps(Presence other) {
    return before(start, other.end) && before(other.start, end);
  }

  /** {@code a < b}, where a null {@code b} is "still connected". */
  private static boolean before(Instant a, Instant b) {
    return b == null || a.isBefore(b);
  }

  private static Optional<Instant> first(List<Observation> observations, ParticipantAction action) {
    return observations.stream()
        .filter(o -> o.action() == action)
        .map(Observation::occurredAt)
        .filter(Objects::nonNull)
        .min(Instant::compareTo);
  }
}
