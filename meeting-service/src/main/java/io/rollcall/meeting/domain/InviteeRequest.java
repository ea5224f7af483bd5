package io.rollcall.meeting.domain;

/** One invitee to register: {@code ref} is the caller's own person id. */
public record InviteeRequest(String ref, String email, String firstName, String lastName) {

  /** Zoom requires a first name; when the caller has none, the email's local part stands in. */
  public String zoomFirstName() {
    if (firstName != null && !firstName.isBlank()) {
      return firstName;
    }
    return email.substring(0, email.indexOf('@'));
  }
}
