package io.rollcall.attendance.service;

import io.rollcall.attendance.domain.AttendanceCalculator;
import io.rollcall.attendance.domain.Attendee;
import io.rollcall.attendance.domain.ConnectionFacts;
import io.rollcall.attendance.domain.MeetingInstance;
import io.rollcall.attendance.messaging.AttendanceOutbox;
import io.rollcall.events.AttendanceChange;
import io.rollcall.events.EventJson;
import io.rollcall.events.MeetingEnded;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Writes the {@link AttendanceChange} events of a projection change into the outbox, in the same
 * transaction as the change. Event ids derive from the participant message that caused them.
 */
@ApplicationScoped
public class AttendanceChanges {

  static final String ID_PREFIX = "att:";

  private final AttendanceOutbox outbox;

  public AttendanceChanges(AttendanceOutbox outbox) {
    this.outbox = outbox;
  }

  /**
   * The attendee behind {@code attendeeKey} changed; publishes their attendance as of {@code at},
   * computed from {@code connections} (the attendee's connections as stored now, with their marks).
   * An attendee who no longer exists (their only connection was re-attributed) is published with
   * zero seconds so that subscribers drop them.
   */
  public void attendeeChanged(
      AttendanceChange.Type type,
      String eventId,
      MeetingInstance instance,
      String attendeeKey,
      List<ConnectionFacts> connections,
      String connectionId,
      Instant at) {
    Optional<Attendee> attendee =
        AttendanceCalculator.attendee(attendeeKey, connections, instance.endedAt(), at);
    String ref = attendeeKey.startsWith("ref:") ? attendeeKey.substring(4) : null;
    AttendanceChange change =
        attendee
            .map(a -> change(type, eventId, instance, a, connectionId, at))
            .orElseGet(
                () ->
                    new AttendanceChange(
                        AttendanceChange.SCHEMA_VERSION,
                        eventId,
                        type,
                        instance.meetingId(),
                        instance.instanceUuid(),
                        ref,
                        connectionId,
                        null,
                        0L,
                        null,
                        null,
                        List.of(),
                        at));
    add(change);
  }

  public void instanceEnded(MeetingEnded ended) {
    add(
        new AttendanceChange(
            AttendanceChange.SCHEMA_VERSION,
            ID_PREFIX + ended.eventId(),
            AttendanceChange.Type.INSTANCE_ENDED,
            ended.meetingId(),
            ended.instanceUuid(),
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            ended.occurredAt()));
  }

  private static AttendanceChange change(
      AttendanceChange.Type type,
      String eventId,
      MeetingInstance instance,
      Attendee attendee,
      String connectionId,
      Instant at) {
    return new AttendanceChange(
        AttendanceChange.SCHEMA_VERSION,
        eventId,
        type,
        instance.meetingId(),
        instance.instanceUuid(),
        attendee.ref(),
        connectionId,
        attendee.name(),
        attendee.attendedSeconds(),
        attendee.firstJoin(),
        attendee.lastLeave(),
        attendee.flags(),
        at);
  }

  private void add(AttendanceChange change) {
    outbox.add(
        change.eventId(),
        change.instanceUuid(),
        new String(EventJson.encode(change), StandardCharsets.UTF_8));
  }
}
