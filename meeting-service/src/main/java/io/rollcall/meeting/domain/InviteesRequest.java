package io.rollcall.meeting.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code POST /meetings/{id}/invitees}.
 *
 * @param trackedLinks also issue a tracked redirect link per invitee
 */
public record InviteesRequest(List<InviteeRequest> invitees, Boolean trackedLinks) {
  /** Zoom's limit of registrants per meeting. */
  public static final int MAX_INVITEES = 4999;

  public boolean wantsTrackedLinks() {
    return Boolean.TRUE.equals(trackedLinks);
  }

  public void validate() {
    validate("invitees");
  }

  /**
   * Validates the list as the request field {@code field} (e.g. a webinar's {@code attendees} or
   * {@code panelists}), naming that field in the problem's detail.
   *
   * @throws ProblemException 400 listing every problem found
   */
  public void validate(String field) {
    Errors errors = new Errors();
    errors.require(
        invitees != null && !invitees.isEmpty(),
        field + " must list at least one " + (field.equals("invitees") ? "invitee" : "person"));
    if (invitees == null) {
      errors.throwIfAny();
      return;
    }
    errors.require(
        invitees.size() <= MAX_INVITEES, "at most " + MAX_INVITEES + " " + field + " per meeting");
    Set<String> refs = new HashSet<>();
    Set<String> emails = new HashSet<>();
    for (int i = 0; i < invitees.size(); i++) {
      InviteeRequest invitee = invitees.get(i);
      String at = field + "[" + i + "].";
      if (invitee == null) {
        errors.require(false, at + " is null");
        continue;
      }
      errors.text(at + "ref", invitee.ref(), 128);
      errors.email(at + "email", invitee.email());
      errors.optionalText(at + "first_name", invitee.firstName(), 64);
      errors.optionalText(at + "last_name", invitee.lastName(), 64);
      errors.require(invitee.ref() == null || refs.add(invitee.ref()), at + "ref is listed twice");
      // Zoom keys registrants by email: two refs with one email would share one link.
      errors.require(
          invitee.email() == null || emails.add(invitee.email().toLowerCase(Locale.ROOT)),
          at + "email is listed twice");
    }
    errors.throwIfAny();
  }
}
