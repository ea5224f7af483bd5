package io.rollcall.meeting.client;

import java.time.Duration;

/**
 * Zoom answered an error (after retries), or could not be reached. Carries what our callers need to
 * understand it, never a credential.
 *
 * @param status Zoom's HTTP status, or 0 when Zoom was not reached
 */
public class ZoomApiException extends RuntimeException {
  private final String operation;
  private final int status;
  private final Integer zoomCode;
  private final Duration retryAfter;

  public ZoomApiException(
      String operation, int status, Integer zoomCode, String message, Duration retryAfter) {
    super(message);
    this.operation = operation;
    this.status = status;
    this.zoomCode = zoomCode;
    this.retryAfter = retryAfter;
  }

  public String operation() {
    return operation;
  }

  public int status() {
    return status;
  }

  public Integer zoomCode() {
    return zoomCode;
  }

  /** How long Zoom asked us to wait, when it said so. */
  public Duration retryAfter() {
    return retryAfter;
  }

  public boolean rateLimited() {
    return status == 429;
  }
}
