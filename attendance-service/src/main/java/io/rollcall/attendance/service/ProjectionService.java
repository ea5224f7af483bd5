package io.rollcall.attendance.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rollcall.attendance.domain.ConnectionState;
import io.rollcall.attendance.domain.MeetingInstance;
import io.rollcall.attendance.messaging.ParticipantMessageReader;
import io.rollcall.attendance.repository.AttendanceReadRepository;
import io.rollcall.attendance.repository.ProjectionRepository;
import io.rollcall.events.AttendanceChange;
import io.rollcall.events.ConnectionCorrected;
import io.rollcall.events.MeetingEnded;
import io.rollcall.events.MeetingStarted;
import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ParticipantMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Applies one participant message to the projection, idempotently: the message id, the stored facts
 * and the outgoing events commit in one transaction.
 */
@ApplicationScoped
public class ProjectionService {

  private final ProjectionRepository projection;
  private final AttendanceReadRepository read;
  private final AttendanceChanges changes;
  private final Counter applied;
  private final Counter duplicates;

  public ProjectionService(
      ProjectionRepository projection,
      AttendanceReadRepository read,
      AttendanceChanges changes,
      MeterRegistry meters) {
    this.projection = projection;
    this.read = read;
    this.changes = changes;
    this.applied = meters.counter("rollcall.attendance.messages", "outcome", "applied");
    this.duplicates = meters.counter("rollcall.attendance.messages", "outcome", "duplicate");
  }

  /** Applies the messages in order, in one transaction. */
  @Transactional
  public void applyAll(List<ParticipantMessage> messages) {
    messages.forEach(this::apply);
  }

  /** Applies {@code message}; false when it had been applied before. */
  @Transactional
  public boolean apply(ParticipantMessage message) {
    if (!projection.markProcessed(message.eventId())) {
      duplicates.increment();
      return false;
    }
    applied.increment();
    projection.touchInstance(
        message.instanceUuid(), message.meetingId(), ParticipantMessageReader.occurredAt(message));
    if (message instanceof ParticipantEvent event) {
      applyEvent(event);
    } else if (message instanceof ConnectionCorrected correction) {
      applyCorrection(correction);
    } else if (message instanceof MeetingStarted started) {
      projection.recordStart(
          started.instanceUuid(), started.occurredAt(), started.topic(), started.hostId());
    } else if (message instanceof MeetingEnded ended) {
      if (ended.startedAt() != null) {
        projection.recordStart(
            ended.instanceUuid(), ended.startedAt(), ended.topic(), ended.hostId());
      }
      projection.recordEnd(ended.instanceUuid(), ended.occurredAt());
      changes.instanceEnded(ended);
    }
    return true;
  }

  private void applyEvent(ParticipantEvent event) {
    String instanceUuid = event.instanceUuid();
    ConnectionState after =
        projection.lockConnection(instanceUuid, event.connectionId()).with(event);
    projection.saveConnection(instanceUuid, after);
    ConnectionState.waitingMark(event)
        .ifPresent(mark -> projection.addWaitingMark(instanceUuid, event.connectionId(), mark));
    AttendanceChange.Type type =
        event.action() == ParticipantAction.JOINED
            ? AttendanceChange.Type.PERSON_JOINED
            : event.action() == ParticipantAction.LEFT ? AttendanceChange.Type.PERSON_LEFT : null;
    if (type != null && after.joinedAt() != null) {
      changes.attendeeChanged(
          type,
          AttendanceChanges.ID_PREFIX + event.eventId(),
          instance(instanceUuid),
          after.attendeeKey(),
          event.connectionId(),
          event.occurredAt());
    }
  }

  private void applyCorrection(ConnectionCorrected correction) {
    String instanceUuid = correction.instanceUuid();
    ConnectionState before = projection.lockConnection(instanceUuid, correction.connectionId());
    ConnectionState after = before.with(correction);
    if (after == before) {
      return; // an older or equal revision: the stored resolution stands
    }
    projection.saveConnection(instanceUuid, after);
    if (after.joinedAt() == null) {
      return; // not an attendee yet; its joined event will publish the right person
    }
    MeetingInstance instance = instance(instanceUuid);
    String eventId = AttendanceChanges.ID_PREFIX + correction.eventId();
    changes.attendeeChanged(
        AttendanceChange.Type.ATTENDANCE_UPDATED,
        eventId,
        instance,
        after.attendeeKey(),
        correction.connectionId(),
        correction.occurredAt());
    if (!before.attendeeKey().equals(after.attendeeKey())) {
      changes.attendeeChanged(
          AttendanceChange.Type.ATTENDANCE_UPDATED,
          eventId + ":previous",
          instance,
          before.attendeeKey(),
          correction.connectionId(),
          correction.occurredAt());
    }
  }

  private MeetingInstance instance(String instanceUuid) {
    return read.instance(instanceUuid)
        .orElseThrow(() -> new IllegalStateException("instance vanished mid-transaction"));
  }
}
