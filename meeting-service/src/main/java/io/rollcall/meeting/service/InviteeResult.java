package io.rollcall.meeting.service;

import io.rollcall.meeting.domain.Link;

/**
 * What happened to one invitee of a registration request.
 *
 * @param outcome {@code issued} (new link), {@code existing} (registered before, no Zoom call) or
 *     {@code failed}
 * @param link the link, unless failed
 * @param error why it failed
 */
public record InviteeResult(String ref, String outcome, Link link, String error) {
  public static InviteeResult issued(Link link) {
    return new InviteeResult(link.inviteeRef(), "issued", link, null);
  }

  public static InviteeResult existing(Link link) {
    return new InviteeResult(link.inviteeRef(), "existing", link, null);
  }

  public static InviteeResult failed(String ref, String error) {
    return new InviteeResult(ref, "failed", null, error);
  }

  public boolean failed() {
    return link == null;
  }
}
