package io.rollcall.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/** Zoom's {@code meeting.started}, forwarded in order with the instance's participant events. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MeetingStarted(
    int schemaVersion,
    String eventId,
    String meetingId,
    String instanceUuid,
    String topic,
    String hostId,
    Instant occurredAt)
    implements ParticipantMessage {

  public static final String TYPE = "meeting_started";
}
