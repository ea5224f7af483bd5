package io.rollcall.simulator.domain;

/**
 * The identity fields Zoom puts in a participant object for one connection. Empty strings, never
 * nulls: Zoom sends "" for what it does not know.
 *
 * @param id the Zoom user id when signed in (also participant_user_id), else ""
 * @param internal whether the user belongs to the host's account (past_meetings internal_user)
 */
public record ParticipantFields(
    String userId,
    String participantUuid,
    String userName,
    String id,
    String email,
    String registrantId,
    String customerKey,
    String phoneNumber,
    boolean internal) {

  /** The same participant under a new {@code user_id}, as after a move between rooms. */
  public ParticipantFields withUserId(String newUserId) {
    return new ParticipantFields(
        newUserId,
        participantUuid,
        userName,
        id,
        email,
        registrantId,
        customerKey,
        phoneNumber,
        internal);
  }
}
