package io.rollcall.meeting.client;

import java.time.Duration;

/**
 * Which failed Zoom calls are worth repeating, and which failures mean Zoom itself is failing.
 * Plain rules, used by the SmallRye Fault Tolerance guards of {@link ZoomGuards}.
 */
public final class ZoomRetryRule {
  private ZoomRetryRule() {}

  /**
   * Whether another attempt may follow {@code failure}: a 429 or 503 (Zoom did not process the
   * request; not for a daily limit), another 5xx or no answer for idempotent calls, and for any
   * call a request that surely never reached Zoom (connection refused). Never when Zoom asks us to
   * wait longer than {@code maxRetryAfter}: our caller gets the 429 and comes back later.
   */
  public static boolean retryable(Throwable failure, boolean idempotent, Duration maxRetryAfter) {
    if (!(failure instanceof ZoomApiException z)) {
      return false;
    }
    if (z.retryAfter() != null && z.retryAfter().compareTo(maxRetryAfter) > 0) {
      return false;
    }
    int status = z.status();
    if (status == 429 || status == 503) {
      return !z.dailyLimit();
    }
    if (status == 0) {
      return idempotent || z.notSent();
    }
    return status >= 500 && idempotent;
  }

  /**
   * Whether {@code failure} counts against the circuit breaker: Zoom unreachable or failing (no
   * answer, 5xx) or an unexpected error. A 4xx means Zoom is up, whatever it thought of the
   * request; a tenant without Zoom credentials ({@link ZoomUnavailableException}, nothing sent)
   * says nothing of Zoom either, so one tenant's configuration cannot pause every tenant's calls.
   */
  public static boolean zoomFailing(Throwable failure) {
    if (failure instanceof ZoomApiException z) {
      return z.status() == 0 || z.status() >= 500;
    }
    return !(failure instanceof ZoomUnavailableException);
  }
}
