package io.rollcall.meeting.client;

import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.faulttolerance.api.RateLimitException;
import io.smallrye.faulttolerance.api.RateLimitType;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The SmallRye Fault Tolerance guards a Zoom call goes through, outermost first (see {@link
 * ZoomCalls}): the {@link #circuit circuit breaker}, the operation's {@link #retries retries}, and
 * its API class's {@link #pacing pacing} with the per-attempt timeout. Their metrics ({@code ft.*},
 * tag {@code method} = the guard's description) come with the library.
 */
public final class ZoomGuards {
  private ZoomGuards() {}

  /**
   * One circuit for all of Zoom: opens after {@code failureThreshold} calls in a row failed ({@link
   * ZoomRetryRule#zoomFailing}, each call counted once, after its retries), then rejects calls with
   * {@code CircuitBreakerOpenException} for {@code openFor}, then lets one trial call through whose
   * success closes it and whose failure opens it again.
   *
   * @param name the name {@code CircuitBreakerMaintenance} knows it by, and its metrics' {@code
   *     method} tag; unique
   */
  public static Guard circuit(String name, int failureThreshold, Duration openFor) {
    return Guard.create()
        .withDescription(name)
        .withCircuitBreaker()
        .name(name)
        .requestVolumeThreshold(failureThreshold) // a rolling window of the last N calls ...
        .failureRatio(1.0) // ... all failed: N consecutive failures
        .successThreshold(1)
        .delay(openFor.toMillis(), ChronoUnit.MILLIS)
        .when(ZoomRetryRule::zoomFailing)
        .done()
        .build();
  }

  /**
   * Retries of one operation ({@link ZoomRetryRule#retryable}), {@code maxAttempts} in total,
   * waiting per {@link RetryAfterBackoff} ({@code baseDelay} doubling up to {@code maxDelay},
   * Zoom's {@code Retry-After} a floor); a {@code Retry-After} above {@code maxRetryAfter} ends
   * them.
   */
  public static Guard retries(
      ZoomOperation operation,
      int maxAttempts,
      Duration baseDelay,
      Duration maxDelay,
      Duration maxRetryAfter) {
    return Guard.create()
        .withDescription("zoom:" + operation.wireName())
        .withRetry()
        .maxRetries(Math.max(0, maxAttempts - 1))
        .maxDuration(0, ChronoUnit.MILLIS) // bounded by the attempts and maxRetryAfter instead
        .delay(baseDelay.toMillis(), ChronoUnit.MILLIS)
        .jitter(0, ChronoUnit.MILLIS) // RetryAfterBackoff jitters
        .whenException(f -> ZoomRetryRule.retryable(f, operation.idempotent(), maxRetryAfter))
        .withCustomBackoff()
        .strategy(
            () ->
                new RetryAfterBackoff(
                    baseDelay, maxDelay, () -> ThreadLocalRandom.current().nextDouble()))
        .done()
        .done()
        .build();
  }

  /**
   * Client-side pacing of one API class, so Rollcall stays under the account's per-second limit
   * (Zoom's "Rate limits" page; ZOOM-FACTS §3.7) instead of learning it from 429s, which Zoom may
   * punish by disabling the app: a token bucket ({@link RateLimitType#SMOOTH}) of {@code perSecond}
   * requests per second holding at most one second of them. A call over the limit waits until its
   * permit is due (the rate limit's {@link RateLimitException#getRetryAfterMillis()}), however
   * long. Each attempt then gets {@code timeout} to be answered ({@code TimeoutException}). One
   * such guard per account and class ({@link AccountPacing}).
   *
   * @param tenant the Zoom account paced (in the metrics' {@code method} tag)
   * @param perSecond requests per second; 0 or less turns pacing off
   */
  public static Guard pacing(String tenant, ApiClass apiClass, double perSecond, Duration timeout) {
    Guard.Builder guard =
        Guard.create()
            .withDescription(
                "zoom-pacing:" + apiClass.name().toLowerCase(Locale.ROOT) + ":" + tenant)
            .withTimeout()
            .duration(timeout.toMillis(), ChronoUnit.MILLIS)
            .done();
    if (perSecond <= 0) {
      return guard.build();
    }
    int limit = Math.max(1, (int) Math.round(perSecond));
    long window = Math.max(1, Math.round(1000.0 * limit / perSecond)); // e.g. 0.5/s: 1 per 2 s
    return guard
        .withRateLimit()
        .type(RateLimitType.SMOOTH)
        .limit(limit)
        .window(window, ChronoUnit.MILLIS)
        .done()
        .withRetry()
        .retryOn(RateLimitException.class)
        .maxRetries(-1)
        .maxDuration(0, ChronoUnit.MILLIS)
        .jitter(0, ChronoUnit.MILLIS)
        .withCustomBackoff()
        .strategy(() -> failure -> ((RateLimitException) failure).getRetryAfterMillis())
        .done()
        .done()
        .build();
  }
}
