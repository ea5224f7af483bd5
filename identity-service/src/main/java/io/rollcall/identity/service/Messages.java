package io.rollcall.identity.service;

import io.rollcall.events.ConnectionCorrected;
import io.rollcall.events.EvidenceSource;
import io.rollcall.events.InstanceReconciled;
import io.rollcall.events.MeetingEnded;
import io.rollcall.events.MeetingKind;
import io.rollcall.events.MeetingStarted;
import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.ReportCompleted;
import io.rollcall.events.ReportParticipant;
import io.rollcall.events.ZoomParticipant;
import io.rollcall.identity.domain.Resolution;
import io.rollcall.identity.messaging.ZoomWebhook;
import java.time.Instant;

/**
 * Builds the messages of {@code rollcall.participants.v1}, with their deterministic event ids, each
 * stamped with the tenant of its instance.
 */
final class Messages {
  private Messages() {}

  static ParticipantEvent participantEvent(
      String dedupKey,
      ZoomWebhook.ParticipantChange change,
      String connectionId,
      Resolution resolution,
      int revision,
      String tenant) {
    return new ParticipantEvent(
        ParticipantMessage.SCHEMA_VERSION,
        "pe:" + dedupKey,
        dedupKey,
        change.meetingId(),
        change.instanceUuid(),
        change.zoomEvent(),
        change.action(),
        change.occurredAt(),
        connectionId,
        change.participant(),
        change.leaveReason(),
        change.oldRole(),
        change.newRole(),
        resolution.identity(),
        resolution.flags(),
        revision,
        null,
        null,
        tenant);
  }

  /**
   * One side of a report row ({@code joined} at its join time or {@code left} at its leave time) as
   * a {@code participant_event} with {@code source: report}; its id is {@code "pe:" + sourceKey}.
   */
  static ParticipantEvent reportEvent(
      String sourceKey,
      ReportParticipant row,
      ZoomParticipant participant,
      ParticipantAction action,
      Instant at,
      String connectionId,
      Resolution resolution,
      int revision,
      String tenant) {
    return new ParticipantEvent(
        ParticipantMessage.SCHEMA_VERSION,
        "pe:" + sourceKey,
        sourceKey,
        row.meetingId(),
        row.instanceUuid(),
        ParticipantEvent.REPORT_ZOOM_EVENT,
        action,
        at,
        connectionId,
        participant,
        null,
        null,
        null,
        resolution.identity(),
        resolution.flags(),
        revision,
        participant.breakoutRoomUuid(),
        EvidenceSource.REPORT,
        tenant);
  }

  /** A completed report fetch as {@code instance_reconciled}. */
  static InstanceReconciled reconciled(ReportCompleted done, String tenant) {
    return new InstanceReconciled(
        ParticipantMessage.SCHEMA_VERSION,
        "reconciled:" + done.fetchId(),
        done.meetingId(),
        done.instanceUuid(),
        done.fetchId(),
        done.rowsRead(),
        done.fetchedAt(),
        done.trigger(),
        tenant);
  }

  static ConnectionCorrected correction(
      String meetingId,
      String instanceUuid,
      String connectionId,
      Resolution resolution,
      int revision,
      String reason,
      Instant now,
      String tenant) {
    return new ConnectionCorrected(
        ParticipantMessage.SCHEMA_VERSION,
        "cc:" + instanceUuid + ":" + connectionId + ":" + revision,
        meetingId,
        instanceUuid,
        connectionId,
        resolution.identity(),
        resolution.flags(),
        revision,
        reason,
        now,
        tenant);
  }

  /**
   * {@code meeting.started}/{@code ended} or {@code webinar.started}/{@code ended} as a {@link
   * MeetingStarted} / {@link MeetingEnded}; a webinar's carry {@code kind: webinar}.
   */
  static ParticipantMessage lifecycle(ZoomWebhook.Lifecycle event, String tenant) {
    MeetingKind kind =
        MeetingKind.ofZoomEvent(event.zoomEvent()) == MeetingKind.WEBINAR
            ? MeetingKind.WEBINAR
            : null;
    if (event.started()) {
      return new MeetingStarted(
          ParticipantMessage.SCHEMA_VERSION,
          "ms:" + event.instanceUuid(),
          event.meetingId(),
          event.instanceUuid(),
          event.topic(),
          event.hostId(),
          event.startTime() != null ? event.startTime() : event.eventTime(),
          kind,
          tenant);
    }
    return new MeetingEnded(
        ParticipantMessage.SCHEMA_VERSION,
        "me:" + event.instanceUuid(),
        event.meetingId(),
        event.instanceUuid(),
        event.topic(),
        event.hostId(),
        event.startTime(),
        event.endTime() != null ? event.endTime() : event.eventTime(),
        kind,
        tenant);
  }
}
