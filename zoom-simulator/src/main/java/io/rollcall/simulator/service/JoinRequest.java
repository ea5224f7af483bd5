package io.rollcall.simulator.service;

import io.rollcall.simulator.domain.Via;
import java.time.Instant;

/**
 * Someone joining, as the control API and scenarios describe it. Only {@code via} is required; the
 * link may be named by {@code tk}, {@code join_url}, {@code registrant_id} or {@code
 * registrant_email}.
 *
 * @param person the simulator's handle for this person (generated when absent); used to leave,
 *     rejoin, admit, change role
 * @param signedInAs email of the Zoom user the client is signed in as (null: signed out)
 * @param at the event time (scenario clock); default: the simulator clock
 */
public record JoinRequest(
    String person,
    Via via,
    String tk,
    String joinUrl,
    String registrantId,
    String registrantEmail,
    String signedInAs,
    String userName,
    String email,
    String customerKey,
    String phoneNumber,
    Integer participantPinCode,
    String startUrl,
    String zak,
    Instant at) {

  /** This request with the blanks filled from an earlier one (a rejoin repeats the last join). */
  public JoinRequest orElse(JoinRequest earlier) {
    if (earlier == null) {
      return this;
    }
    return new JoinRequest(
        person != null ? person : earlier.person,
        via != null ? via : earlier.via,
        via != null && tk == null ? null : pick(tk, earlier.tk),
        via != null && joinUrl == null ? null : pick(joinUrl, earlier.joinUrl),
        pick(registrantId, earlier.registrantId),
        pick(registrantEmail, earlier.registrantEmail),
        via != null && signedInAs == null ? null : pick(signedInAs, earlier.signedInAs),
        pick(userName, earlier.userName),
        pick(email, earlier.email),
        pick(customerKey, earlier.customerKey),
        pick(phoneNumber, earlier.phoneNumber),
        participantPinCode != null ? participantPinCode : earlier.participantPinCode,
        pick(startUrl, earlier.startUrl),
        pick(zak, earlier.zak),
        at);
  }

  private static String pick(String mine, String theirs) {
    return mine != null ? mine : theirs;
  }
}
