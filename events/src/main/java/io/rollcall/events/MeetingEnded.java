package io.rollcall.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * Zoom's {@code meeting.ended}: open connections of the instance close at {@link #occurredAt()}.
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
    Instant occurredAt)
    implements ParticipantMessage {

  public static final String TYPE = "meeting_ended";
}
