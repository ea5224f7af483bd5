package io.rollcall.meeting.rest;

import io.rollcall.meeting.domain.Link;
import io.rollcall.meeting.service.InviteeResult;
import java.time.Instant;
import java.util.Locale;

/**
 * One invitee's link. {@code join_url} is the Zoom registrant link (identifies the invitee); {@code
 * tracked_url}, when asked for, forwards to it and records the click.
 *
 * @param outcome for registration answers: issued, existing or failed
 * @param role invitee (a meeting's), attendee or panelist (a webinar's)
 * @param panelistId Zoom's panelist id (panelists, who have no registrant id)
 */
public record InviteeView(
    String ref,
    String outcome,
    String status,
    String linkId,
    String registrantId,
    String joinUrl,
    String trackedUrl,
    String customerKey,
    String email,
    String firstName,
    String lastName,
    Instant issuedAt,
    Instant revokedAt,
    String error,
    String role,
    String panelistId) {

  public static InviteeView of(Link l, String outcome, String publicUrl) {
    return new InviteeView(
        l.inviteeRef(),
        outcome,
        l.status().name().toLowerCase(),
        l.linkId(),
        l.registrantId() == null || l.registrantId().isBlank() ? null : l.registrantId(),
        l.joinUrl(),
        l.trackedToken() == null ? null : trimSlash(publicUrl) + "/l/" + l.trackedToken(),
        l.customerKey(),
        l.email(),
        l.firstName(),
        l.lastName(),
        l.issuedAt(),
        l.revokedAt(),
        null,
        l.role() == null ? null : l.role().name().toLowerCase(Locale.ROOT),
        l.panelistId());
  }

  public static InviteeView of(InviteeResult r, String publicUrl) {
    if (r.failed()) {
      return new InviteeView(
          r.ref(),
          r.outcome(),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          r.error(),
          null,
          null);
    }
    return of(r.link(), r.outcome(), publicUrl);
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
