package io.rollcall.identity.messaging;

import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ZoomParticipant;
import java.time.Instant;

/** What identity-service reads out of a raw Zoom webhook body. */
public sealed interface ZoomWebhook {

  /** A participant event of a meeting instance. */
  record ParticipantChange(
      String zoomEvent,
      ParticipantAction action,
      String meetingId,
      String instanceUuid,
      Instant occurredAt,
      ZoomParticipant participant,
      String leaveReason,
      String oldRole,
      String newRole)
      implements ZoomWebhook {}

  /** {@code meeting.started} or {@code meeting.ended}. */
  record Lifecycle(
      String zoomEvent,
      boolean started,
      String meetingId,
      String instanceUuid,
      String topic,
      String hostId,
      Instant startTime,
      Instant endTime,
      Instant eventTime)
      implements ZoomWebhook {}

  /** Any other event: not identity-service's business (not an error). */
  record Other(String zoomEvent) implements ZoomWebhook {}
}
