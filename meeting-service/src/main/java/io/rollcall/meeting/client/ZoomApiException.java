package io.rollcall.meeting.client;

import java.time.Duration;

/**
 * Zoom answered an error (after retries), or could not be reached. Carries what our callers need to
 * understand it, never a credential.
 */
public class ZoomApiException extends RuntimeException {
  private final String operation;
  private final int status;
  private final Integer zoomCode;
  private final Duration retryAfter;
  private final boolean dailyLimit;
  private final boolean notSent;

  /**
   * A failure whose only facts are a status and a message.
   *
   * @param operation the call's stable name ({@link ZoomOperation#wireName()}, or {@code
   *     oauth_token}); null while the response mapper, which cannot know it, builds the exception
   * @param status Zoom's HTTP status, or 0 when Zoom was not reached or did not answer in time
   */
  public ZoomApiException(
      String operation, int status, Integer zoomCode, String message, Duration retryAfter) {
    this(operation, status, zoomCode, message, retryAfter, false, false);
  }

  /**
   * @param dailyLimit a rate limit answer for a daily limit ({@code X-RateLimit-Type: Daily-limit}
   *     or Zoom's message, ZOOM-FACTS §3.7): waiting seconds will not help
   * @param notSent the request surely never reached Zoom (connection refused), so even a
   *     non-idempotent call may be repeated
   */
  public ZoomApiException(
      String operation,
      int status,
      Integer zoomCode,
      String message,
      Duration retryAfter,
      boolean dailyLimit,
      boolean notSent) {
    super(message);
    this.operation = operation;
    this.status = status;
    this.zoomCode = zoomCode;
    this.retryAfter = retryAfter;
    this.dailyLimit = dailyLimit;
    this.notSent = notSent;
  }

  /** The same failure, named after the call it happened in. */
  public ZoomApiException during(String operation) {
    if (operation.equals(this.operation)) {
      return this;
    }
    ZoomApiException named =
        new ZoomApiException(
            operation, status, zoomCode, getMessage(), retryAfter, dailyLimit, notSent);
    named.setStackTrace(getStackTrace());
    return named;
  }

  /** The call that failed, e.g. {@code batch_registrants} or {@code oauth_token}. */
  public String operation() {
    return operation;
  }

  /** Zoom's HTTP status; 0 when Zoom was not reached or did not answer in time. */
  public int status() {
    return status;
  }

  /** Zoom's own error {@code code} from the body (e.g. 124, invalid token), when it sent one. */
  public Integer zoomCode() {
    return zoomCode;
  }

  /** How long Zoom asked us to wait, when it said so. */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** Whether Zoom refused the call for its rate limit (429). */
  public boolean rateLimited() {
    return status == 429;
  }

  /** Whether the rate limit hit is a daily one: waiting seconds will not help. */
  public boolean dailyLimit() {
    return dailyLimit;
  }

  /** Whether the request surely never reached Zoom (connection refused). */
  public boolean notSent() {
    return notSent;
  }
}
