package io.rollcall.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * Zoom's {@code meeting.started} (or {@code webinar.started}), forwarded in order with the
 * instance's participant events.
 *
 * @param kind {@code webinar} when the instance is a webinar's; absent (null) for a meeting's.
 *     Added with webinars (optional).
 * @param tenant the Zoom account ({@code account_id}) the message belongs to: Rollcall's tenant.
 *     Absent (null) on messages written before tenants existed, which belong to the default tenant
 *     (docs/tenants.md). Added with tenants (optional).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MeetingStarted(
    int schemaVersion,
    String eventId,
    String meetingId,
    String instanceUuid,
    String topic,
    String hostId,
    Instant occurredAt,
    MeetingKind kind,
    String tenant)
    implements ParticipantMessage {

  /** This message, stamped with {@code tenant}. */
  public MeetingStarted withTenant(String tenant) {
    return new MeetingStarted(
        schemaVersion, eventId, meetingId, instanceUuid, topic, hostId, occurredAt, kind, tenant);
  }

  public static final String TYPE = "meeting_started";

  /** A meeting's start, as written before webinars existed (no {@code kind}). */
  public MeetingStarted(
      int schemaVersion,
      String eventId,
      String meetingId,
      String instanceUuid,
      String topic,
      String hostId,
      Instant occurredAt) {
    this(schemaVersion, eventId, meetingId, instanceUuid, topic, hostId, occurredAt, null, null);
  }
}
