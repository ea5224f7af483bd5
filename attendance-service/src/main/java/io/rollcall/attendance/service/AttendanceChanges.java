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
 * The {@link AttendanceChange} events of a projection change. Event ids derive from the participant
 * message that caused them. {@link ProjectionService} collects a batch's events and adds them to
 * the outbox ({@link #publish}) in the same transaction as the change.
 */
@ApplicationScoped
public class AttendanceChanges {

  static final String ID_PREFIX = "att:";

  private final AttendanceOutbox outbox;

  public AttendanceChanges(AttendanceOutbox outbox) {
    this.outbox = outbox;
  }

  /**
   * Adds {@code changes} to the outbox in the caller's transaction, in list order, with one
   * statement; event ids already there are skipped.
   */
  public void publish(List<AttendanceChange> changes) {
    outbox.addAll(
        changes.stream()
            .map(
                c ->
                    outbox.message(
                        c.eventId(),
                        c.instanceUuid(),
                        new String(EventJson.encode(c), StandardCharsets.UTF_8)))
            .toList());
  }

  /**
   * The attendee behind {@code attendeeKey} changed; publishes their attendance as of {@code at},
   * computed from {@code connections} (the attendee's connections as stored now, with their marks).
   * An attendee who no longer exists (their only connection was re-attributed) is published with
   * zero seconds so that subscribers drop them.
   *
   * @return the event to publish
   */
  public AttendanceChange attendeeChanged(
      AttendanceChange.Type type,
      String eventId,
      MeetingInstance instance,
      String attendeeKey,
      List<ConnectionFacts> connections,
      String connectionId,
      Instant at,
      String tenant) {
    Optional<Attendee> attendee =
        AttendanceCalculator.attendee(attendeeKey, connections, instance.endedAt(), at);
    String ref = attendeeKey.startsWith("ref:") ? attendeeKey.substring(4) : null;
    return attendee
        .map(a -> change(type, eventId, instance, a, connectionId, at, tenant))
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
                    at,
                    tenant));
  }

  /** The event saying {@code tenant}'s instance ended, to publish. */
  public AttendanceChange instanceEnded(MeetingEnded ended, String tenant) {
    return new AttendanceChange(
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
        ended.occurredAt(),
        tenant);
  }

  private static AttendanceChange change(
      AttendanceChange.Type type,
      String eventId,
      MeetingInstance instance,
      Attendee attendee,
      String connectionId,
      Instant at,
      String tenant) {
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
        at,
        tenant);
  }
}
