package io.rollcall.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What Zoom's webhook said about the participant, unchanged except that empty strings become null.
 *
 * <p>The last four fields were added later (additive, all optional): older messages lack them and
 * decode with nulls.
 *
 * @param userId Zoom's per-connection participant id ({@code user_id}); new on every (re)join and
 *     on every move to or from a breakout room
 * @param participantUuid {@code participant_uuid}
 * @param userName display name as the client reported it (never proof of identity)
 * @param email email, when Zoom's display rules show it
 * @param zoomUserId the Zoom account's user id ({@code participant_user_id}, else {@code id}) when
 *     signed in
 * @param registrantId {@code registrant_id} when joined through a registrant link
 * @param customerKey {@code customer_key} when joined through the Meeting SDK with one
 * @param phoneNumber dial-in number of a phone participant
 * @param parentUserId on breakout-room events: {@code parent_user_id}, the {@code user_id} the
 *     participant had in the main session
 * @param breakoutRoomUuid on breakout-room events: {@code payload.object.breakout_room_uuid}, the
 *     room
 * @param bindUserId on {@code meeting.participant_bind}: {@code bind_user_id}, the connection (the
 *     computer) the phone leg {@link #userId} is bound to
 * @param bindParticipantUuid on {@code meeting.participant_bind}: {@code bind_participant_uuid}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ZoomParticipant(
    String userId,
    String participantUuid,
    String userName,
    String email,
    String zoomUserId,
    String registrantId,
    String customerKey,
    String phoneNumber,
    String parentUserId,
    String breakoutRoomUuid,
    String bindUserId,
    String bindParticipantUuid) {

  /** A participant of the main session, without breakout or bind fields. */
  public ZoomParticipant(
      String userId,
      String participantUuid,
      String userName,
      String email,
      String zoomUserId,
      String registrantId,
      String customerKey,
      String phoneNumber) {
    this(
        userId,
        participantUuid,
        userName,
        email,
        zoomUserId,
        registrantId,
        customerKey,
        phoneNumber,
        null,
        null,
        null,
        null);
  }
}
