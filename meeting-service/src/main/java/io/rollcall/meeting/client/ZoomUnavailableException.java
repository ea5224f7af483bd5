package io.rollcall.meeting.client;

/** Rollcall does not call Zoom right now: the circuit is open or credentials are not configured. */
public class ZoomUnavailableException extends RuntimeException {
  public ZoomUnavailableException(String message) {
    super(message);
  }
}
