package io.rollcall.simulator.domain;

import java.util.List;

/**
 * Zoom behaviours that can be switched on or off, globally or per meeting. A null field means "not
 * set here": per-meeting quirks are laid over the global ones with {@link #over}.
 *
 * @param signedOutAnonymous signed-out joiners show empty id/participant_user_id/email and a
 *     device-derived user_name unless the client sends one
 * @param newIdsOnRejoin every (re)join gets a new user_id and participant_uuid
 * @param dropRegistrantIdOnRoleChanged meeting.participant_role_changed omits registrant_id
 * @param hideExternalEmails users of other accounts show an empty email (display rules)
 * @param duplicateRate probability that a delivery is sent twice (second copy, new request id)
 * @param lateLeftOnRejoin a participant_left is held back and sent after the same person's rejoin
 *     participant_joined (or before meeting.ended if they never come back)
 * @param delayMs fixed delay before each first delivery attempt
 * @param delayJitterMs extra random delay (seeded) up to this many ms, which can reorder events
 * @param retries Zoom's retry policy on 5xx and timeouts
 * @param dropIdsInBreakoutRooms breakout-room events ({@code participant_joined_breakout_room},
 *     {@code participant_left_breakout_room}) carry no {@code registrant_id} and no {@code
 *     participant_uuid}: whether Zoom fills them there is UNCONFIRMED (ZOOM-FACTS §2.4)
 * @param lossRate probability (0..1, seeded) that a webhook delivery is never sent, as after Zoom's
 *     last failed retry (ZOOM-FACTS §1.7: dropped after 3 failed retries); the report API still has
 *     every connection
 * @param lossEvents which events {@link #lossRate} may lose: Zoom event names, a trailing {@code *}
 *     matching any suffix (e.g. {@code meeting.participant_*}); null or empty means every event, as
 *     at Zoom, which loses any event ({@link WebhookLoss})
 * @param reportNotReadyCalls the first this many calls of the participants report of each ended
 *     instance answer Zoom's {@code 404 {"code": 3001}}, as Zoom does for a while after the meeting
 *     ended (the report is not ready yet)
 */
public record Quirks(
    Boolean signedOutAnonymous,
    Boolean newIdsOnRejoin,
    Boolean dropRegistrantIdOnRoleChanged,
    Boolean hideExternalEmails,
    Double duplicateRate,
    Boolean lateLeftOnRejoin,
    Long delayMs,
    Long delayJitterMs,
    Boolean retries,
    Boolean dropIdsInBreakoutRooms,
    Double lossRate,
    List<String> lossEvents,
    Integer reportNotReadyCalls) {

  /** Zoom's documented reality; the random and disorderly ones start off. */
  public static Quirks defaults() {
    return new Quirks(true, true, true, true, 0.0, false, 0L, 0L, true, true, 0.0, null, 0);
  }

  /** Idealised Zoom: every quirk off (retries stay on: they are policy, not a quirk). */
  public static Quirks none() {
    return new Quirks(false, false, false, false, 0.0, false, 0L, 0L, true, false, 0.0, null, 0);
  }

  /** These settings laid over {@code base}: what is set here wins. */
  public Quirks over(Quirks base) {
    if (base == null) {
      return this;
    }
    return new Quirks(
        pick(signedOutAnonymous, base.signedOutAnonymous),
        pick(newIdsOnRejoin, base.newIdsOnRejoin),
        pick(dropRegistrantIdOnRoleChanged, base.dropRegistrantIdOnRoleChanged),
        pick(hideExternalEmails, base.hideExternalEmails),
        pick(duplicateRate, base.duplicateRate),
        pick(lateLeftOnRejoin, base.lateLeftOnRejoin),
        pick(delayMs, base.delayMs),
        pick(delayJitterMs, base.delayJitterMs),
        pick(retries, base.retries),
        pick(dropIdsInBreakoutRooms, base.dropIdsInBreakoutRooms),
        pick(lossRate, base.lossRate),
        pick(lossEvents, base.lossEvents),
        pick(reportNotReadyCalls, base.reportNotReadyCalls));
  }

  private static <T> T pick(T mine, T theirs) {
    return mine != null ? mine : theirs;
  }

  public boolean is(Boolean flag) {
    return Boolean.TRUE.equals(flag);
  }
}
