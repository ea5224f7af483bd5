package io.rollcall.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What Zoom's webhook said about the participant, unchanged except that empty strings become null.
 *
 * @param userId Zoom's per-connection participant id ({@code user_id}); new on every (re)join
 * @param participantUuid {@code participant_uuid}
 * @param userName display name as the client reported it (never proof of identity)
 * @param email email, when Zoom's display rules show it
 * @param zoomUserId the Zoom account's user id ({@code participant_user_id}, else {@code id}) when
 *     signed in
 * @param registrantId {@code registrant_id} when joined through a registrant link
 * @param customerKey {@code customer_key} when joined through the Meeting SDK with one
 * @param phoneNumber dial-in number of a phone participant
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
    String phoneNumber) {}
