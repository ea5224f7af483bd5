package io.rollcall.simulator.domain;

/**
 * What a joining client presents, already resolved against the meeting.
 *
 * @param registrant the registrant whose link (or pin) was used, or null
 * @param signedInAs the Zoom user the client is signed in as, or null when signed out
 * @param userName the display name the client sends, or null for its default
 * @param email an email the client supplies (SDK userEmail), or null
 * @param panelist the webinar panelist whose link was used, or null
 */
public record JoinSpec(
    Via via,
    Registrant registrant,
    ZoomUser signedInAs,
    String userName,
    String email,
    String customerKey,
    String phoneNumber,
    Panelist panelist) {

  /** A join through anything but a panelist link. */
  public JoinSpec(
      Via via,
      Registrant registrant,
      ZoomUser signedInAs,
      String userName,
      String email,
      String customerKey,
      String phoneNumber) {
    this(via, registrant, signedInAs, userName, email, customerKey, phoneNumber, null);
  }
}
