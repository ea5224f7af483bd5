package io.rollcall.attendance.service;

/**
 * A well-formed request the service cannot act on (HTTP 422): a missing reason, a ref that is not
 * an invitee of the meeting.
 */
public class UnprocessableException extends RuntimeException {
  public UnprocessableException(String message) {
    super(message);
  }
}
