package io.rollcall.meeting.domain;

import io.rollcall.events.LinkStatus;
import java.time.Instant;

/** One invitee's link to one meeting. */
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
    Instant revokedAt) {

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
        at);
  }
}
