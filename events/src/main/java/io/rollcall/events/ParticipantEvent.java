package io.rollcall.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * One Zoom participant event, enriched with the person it resolved to.
 *
 * @param schemaVersion {@link ParticipantMessage#SCHEMA_VERSION}
 * @param eventId deterministic id derived from the raw event's dedup key
 * @param sourceDedupKey the raw envelope's dedup key
 * @param meetingId Zoom meeting number
 * @param instanceUuid meeting instance uuid
 * @param zoomEvent the Zoom event name, e.g. {@code meeting.participant_joined}
 * @param action what happened to the connection
 * @param occurredAt the event's own time ({@code join_time}, {@code leave_time}, {@code date_time},
 *     else {@code event_ts})
 * @param connectionId the connection (one join→leave of one Zoom {@code user_id}) the event belongs
 *     to
 * @param participant what Zoom reported about the participant
 * @param leaveReason Zoom's leave reason text (left events)
 * @param oldRole previous role (role changes)
 * @param newRole new role (role changes)
 * @param identity the resolution of the connection as known when this event was published
 * @param flags anomaly flags of the connection
 * @param revision the connection's resolution revision; a higher revision supersedes a lower one
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ParticipantEvent(
    int schemaVersion,
    String eventId,
    String sourceDedupKey,
    String meetingId,
    String instanceUuid,
    String zoomEvent,
    ParticipantAction action,
    Instant occurredAt,
    String connectionId,
    ZoomParticipant participant,
    String leaveReason,
    String oldRole,
    String newRole,
    Identity identity,
    List<Flag> flags,
    int revision)
    implements ParticipantMessage {

  public static final String TYPE = "participant_event";

  public ParticipantEvent {
    flags = flags == null ? List.of() : List.copyOf(flags);
  }
}
