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
 * @param action what happened to the connection; a breakout room's join and leave are {@code
 *     joined} and {@code left} of the room's own connection, with {@link #breakoutRoomUuid} set
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
 * @param breakoutRoomUuid the breakout room the connection is in ({@code breakout_room_uuid} of
 *     Zoom's {@code meeting.participant_joined_breakout_room} / {@code
 *     meeting.participant_left_breakout_room}); null for the main session. Added later (optional):
 *     when absent it is taken from {@code participant.breakout_room_uuid}.
 * @param source where the event's facts come from: a webhook, or a row of Zoom's participants
 *     report (then {@code zoom_event} is {@link #REPORT_ZOOM_EVENT}, {@code action} is {@code
 *     joined} or {@code left} with the row's {@code join_time} or {@code leave_time}, and {@code
 *     source_dedup_key} is the report row's {@code event_id} plus {@code :joined} or {@code
 *     :left}). Added with reconciliation (optional): absent means {@code webhook}.
 * @param tenant the Zoom account ({@code account_id}) the message belongs to: Rollcall's tenant.
 *     Absent (null) on messages written before tenants existed, which belong to the default tenant
 *     (docs/tenants.md). Added with tenants (optional).
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
    int revision,
    String breakoutRoomUuid,
    EvidenceSource source,
    String tenant)
    implements ParticipantMessage {

  /** This message, stamped with {@code tenant}. */
  public ParticipantEvent withTenant(String tenant) {
    return new ParticipantEvent(
        schemaVersion,
        eventId,
        sourceDedupKey,
        meetingId,
        instanceUuid,
        zoomEvent,
        action,
        occurredAt,
        connectionId,
        participant,
        leaveReason,
        oldRole,
        newRole,
        identity,
        flags,
        revision,
        breakoutRoomUuid,
        source,
        tenant);
  }

  public static final String TYPE = "participant_event";

  /** The {@code zoom_event} of an event made from a row of Zoom's participants report. */
  public static final String REPORT_ZOOM_EVENT = "report.participant";

  public ParticipantEvent {
    flags = flags == null ? List.of() : List.copyOf(flags);
    if (breakoutRoomUuid == null && participant != null) {
      breakoutRoomUuid = participant.breakoutRoomUuid();
    }
    source = source == null ? EvidenceSource.WEBHOOK : source;
  }

  /** A webhook's event in the room given. */
  public ParticipantEvent(
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
      int revision,
      String breakoutRoomUuid) {
    this(
        schemaVersion,
        eventId,
        sourceDedupKey,
        meetingId,
        instanceUuid,
        zoomEvent,
        action,
        occurredAt,
        connectionId,
        participant,
        leaveReason,
        oldRole,
        newRole,
        identity,
        flags,
        revision,
        breakoutRoomUuid,
        null,
        null);
  }

  /** Whether the event was made from Zoom's participants report rather than a webhook. */
  public boolean fromReport() {
    return source == EvidenceSource.REPORT;
  }

  /** An event whose room is the one its {@code participant} reports (the main session if none). */
  public ParticipantEvent(
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
      int revision) {
    this(
        schemaVersion,
        eventId,
        sourceDedupKey,
        meetingId,
        instanceUuid,
        zoomEvent,
        action,
        occurredAt,
        connectionId,
        participant,
        leaveReason,
        oldRole,
        newRole,
        identity,
        flags,
        revision,
        null);
  }
}
