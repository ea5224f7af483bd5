package io.rollcall.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One row of Zoom's participants report of an instance ({@code GET
 * /report/meetings/{uuid}/participants?include_fields=registrant_id}; ZOOM-FACTS §3.6): one
 * connection, from its join to its leave. Zoom writes a separate row for every (re)join and every
 * breakout room, each with its own {@code user_id}, the same per-connection id its webhooks carry.
 *
 * @param schemaVersion {@link ReportMessage#SCHEMA_VERSION}
 * @param eventId {@code report:<instance uuid>:<hex SHA-256 of the row's facts>} ({@link
 *     #eventIdOf}): the same row read twice has the same id
 * @param meetingId Zoom meeting number (a webinar's number for a webinar)
 * @param instanceUuid meeting instance uuid
 * @param fetchId the fetch that read the row (see {@link ReportCompleted})
 * @param participant the row's participant fields, with empty strings as null: {@code user_id},
 *     {@code participant_uuid} when present, {@code name} as {@code user_name}, {@code user_email}
 *     as {@code email}, {@code participant_user_id} (else the deprecated {@code id}) as {@code
 *     zoom_user_id}, {@code registrant_id}, {@code customer_key}, and {@code bo_mtg_id} as {@code
 *     breakout_room_uuid}
 * @param joinTime the row's {@code join_time} (UTC)
 * @param leaveTime the row's {@code leave_time} (UTC)
 * @param duration the row's {@code duration}, in seconds
 * @param status the row's {@code status}: {@code in_meeting} or {@code in_waiting_room}
 * @param failover the row's {@code failover}
 * @param tenant the Zoom account ({@code account_id}) the message belongs to: Rollcall's tenant.
 *     Absent (null) on messages written before tenants existed, which belong to the default tenant
 *     (docs/tenants.md). Added with tenants (optional).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReportParticipant(
    int schemaVersion,
    String eventId,
    String meetingId,
    String instanceUuid,
    String fetchId,
    ZoomParticipant participant,
    Instant joinTime,
    Instant leaveTime,
    long duration,
    String status,
    boolean failover,
    String tenant)
    implements ReportMessage {

  public static final String TYPE = "report_participant";

  /** The row's {@code status} when it is waiting-room time, not time in the meeting. */
  public static final String IN_WAITING_ROOM = "in_waiting_room";

  /**
   * A row of {@code tenant}'s instance, with its deterministic {@link #eventId}.
   *
   * @throws NullPointerException when {@code instanceUuid} or {@code participant} is null
   */
  public static ReportParticipant of(
      String meetingId,
      String instanceUuid,
      String fetchId,
      ZoomParticipant participant,
      Instant joinTime,
      Instant leaveTime,
      long duration,
      String status,
      boolean failover,
      String tenant) {
    return new ReportParticipant(
        ReportMessage.SCHEMA_VERSION,
        eventIdOf(instanceUuid, participant, joinTime, leaveTime, status),
        meetingId,
        instanceUuid,
        fetchId,
        participant,
        joinTime,
        leaveTime,
        duration,
        status,
        failover,
        tenant);
  }

  /**
   * {@code report:<instance uuid>:<hex SHA-256>} over the row's facts (user id, participant uuid,
   * name, email, Zoom user id, registrant id, customer key, room, join and leave time, status), so
   * that the same row read in another fetch has the same id, and a row Zoom changed has another.
   *
   * @throws NullPointerException when {@code instanceUuid} or {@code participant} is null
   */
  public static String eventIdOf(
      String instanceUuid,
      ZoomParticipant participant,
      Instant joinTime,
      Instant leaveTime,
      String status) {
    Objects.requireNonNull(instanceUuid, "instanceUuid");
    Objects.requireNonNull(participant, "participant");
    String facts =
        String.join(
            "\n",
            String.valueOf(participant.userId()),
            String.valueOf(participant.participantUuid()),
            String.valueOf(participant.userName()),
            String.valueOf(participant.email()),
            String.valueOf(participant.zoomUserId()),
            String.valueOf(participant.registrantId()),
            String.valueOf(participant.customerKey()),
            String.valueOf(participant.breakoutRoomUuid()),
            String.valueOf(joinTime),
            String.valueOf(leaveTime),
            String.valueOf(status));
    return "report:" + instanceUuid + ":" + sha256(facts);
  }

  /** Whether the row is time in the meeting (not in the waiting room). */
  public boolean inMeeting() {
    return !IN_WAITING_ROOM.equals(status);
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
