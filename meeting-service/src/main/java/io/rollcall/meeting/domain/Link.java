package io.rollcall.meeting.domain;

import io.rollcall.events.LinkRole;
import io.rollcall.events.LinkStatus;
import java.time.Instant;

/**
 * One person's link to one meeting or webinar.
 *
 * @param registrantId Zoom's registrant id; {@code ""} for a panelist (not a registrant)
 * @param role invitee (a meeting's registrant), attendee (a webinar's registrant) or panelist
 * @param panelistId Zoom's panelist id, for a panelist; else null
 * @param tenant the Zoom account (account_id) of its meeting
 */
public record Link(
    String linkId,
    String meetingId,
    String inviteeRef,
    String email,
    String firstName,
    String lastName,
    String registrantId,
    String joinUrl,
    String customerKey,
    String trackedToken,
    LinkStatus status,
    Instant issuedAt,
    Instant revokedAt,
    LinkRole role,
    String panelistId,
    String tenant) {

  public Link revoked(Instant at) {
    return new Link(
        linkId,
        meetingId,
        inviteeRef,
        email,
        firstName,
        lastName,
        registrantId,
        joinUrl,
        customerKey,
        trackedToken,
        LinkStatus.REVOKED,
        issuedAt,
        at,
        role,
        panelistId,
        tenant);
  }
}
