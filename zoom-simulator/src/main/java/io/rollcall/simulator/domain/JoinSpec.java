package io.rollcall.simulator.domain;

/**
 * What a joining client presents, already resolved against the meeting.
 *
 * @param registrant the registrant whose link (or pin) was used, or null
 * @param signedInAs the Zoom user the client is signed in as, or null when signed out
 * @param userName the display name the client sends, or null for its default
 * @param email an email the client supplies (SDK userEmail), or null
 */
public record JoinSpec(
    Via via,
    Registrant registrant,
    ZoomUser signedInAs,
    String userName,
    String email,
    String customerKey,
    String phoneNumber) {}
