package io.rollcall.meeting.domain;

import io.rollcall.events.LinkEvent;
import io.rollcall.events.LinkRole;
import io.rollcall.events.LinkStatus;
import io.rollcall.events.MeetingKind;
import java.time.Instant;
import java.util.UUID;

/** Builds the {@code rollcall.links.v1} message for a state change; a new event id each time. */
public final class LinkEvents {
  private LinkEvents() {}

  /**
   * An invitee's, webinar attendee's or panelist's link, with its role; a webinar's carries {@code
   * kind: webinar}. A panelist has no registrant id.
   */
  public static LinkEvent invitee(Link link, MeetingKind kind) {
    Instant at = link.status() == LinkStatus.REVOKED ? link.revokedAt() : link.issuedAt();
    return new LinkEvent(
        LinkEvent.SCHEMA_VERSION,
        UUID.randomUUID().toString(),
        link.linkId(),
        link.status(),
        link.role(),
        link.meetingId(),
        link.inviteeRef(),
        link.registrantId() == null || link.registrantId().isBlank() ? null : link.registrantId(),
        link.customerKey(),
        link.trackedToken(),
        link.email(),
        link.firstName(),
        link.lastName(),
        null,
        null,
        at,
        kind == MeetingKind.WEBINAR ? kind : null,
        link.tenant());
  }

  /** The host's link: no registrant, no URL (host credentials never travel on Kafka). */
  public static LinkEvent host(Meeting meeting) {
    return new LinkEvent(
        LinkEvent.SCHEMA_VERSION,
        UUID.randomUUID().toString(),
        LinkEvent.hostLinkId(meeting.meetingId()),
        LinkStatus.ISSUED,
        LinkRole.HOST,
        meeting.meetingId(),
        meeting.hostRef(),
        null,
        null,
        null,
        meeting.hostEmail(),
        null,
        null,
        meeting.hostId(),
        meeting.info(),
        meeting.createdAt(),
        meeting.webinar() ? MeetingKind.WEBINAR : null,
        meeting.tenant());
  }
}
