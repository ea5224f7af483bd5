package io.rollcall.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * Zoom's {@code meeting.ended} (or {@code webinar.ended}): open connections of the instance close
 * at {@link #occurredAt()}.
 *
 * @param kind {@code webinar} when the instance is a webinar's; absent (null) for a meeting's.
 *     Added with webinars (optional).
 * @param tenant the Zoom account ({@code account_id}) the message belongs to: Rollcall's tenant.
 *     Absent (null) on messages written before tenants existed, which belong to the default tenant
 *     (docs/tenants.md). Added with tenants (optional).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MeetingEnded(
    int schemaVersion,
    String eventId,
    String meetingId,
    String instanceUuid,
    String topic,
    String hostId,
    Instant startedAt,
    Instant occurredAt,
    MeetingKind kind,
    String tenant)
    implements ParticipantMessage {

  /** This message, stamped with {@code tenant}. */
  public MeetingEnded withTenant(String tenant) {
    return new MeetingEnded(
        schemaVersion,
        eventId,
        meetingId,
        instanceUuid,
        topic,
        hostId,
        startedAt,
        occurredAt,
        kind,
        tenant);
  }

  public static final String TYPE = "meeting_ended";

  /** A meeting's end, as written before webinars existed (no {@code kind}). */
  public MeetingEnded(
      int schemaVersion,
      String eventId,
      String meetingId,
      String instanceUuid,
      String topic,
      String hostId,
      Instant startedAt,
      Instant occurredAt) {
    this(
        schemaVersion,
        eventId,
        meetingId,
        instanceUuid,
        topic,
        hostId,
        startedAt,
        occurredAt,
        null,
        null);
  }
}
