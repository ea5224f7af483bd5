package io.rollcall.meeting.client;

import io.smallrye.faulttolerance.api.CustomBackoffStrategy;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The wait before each retry of a Zoom call: exponential from {@code base} (doubling per retry, at
 * most {@code max}) with jitter between half and all of the step, and never shorter than the {@code
 * Retry-After} Zoom sent with the failure.
 *
 * <p>Kept as a SmallRye Fault Tolerance {@link CustomBackoffStrategy} because the library's own
 * exponential backoff cannot see the failure, so it cannot honour Zoom's {@code Retry-After}. One
 * instance serves one call (the library creates it per invocation), so it counts that call's
 * retries.
 */
public final class RetryAfterBackoff implements CustomBackoffStrategy {
  private final Duration base;
  private final Duration max;
  private final DoubleSupplier random;
  private int retries;

  /**
   * @param random a number in [0, 1) per retry: where in the upper half of the step the wait falls
   */
  public RetryAfterBackoff(Duration base, Duration max, DoubleSupplier random) {
    this.base = base;
    this.max = max;
    this.random = random;
  }

  /** The wait in milliseconds before the next retry, {@code failure} being the last one. */
  @Override
  public synchronized long nextDelayInMillis(Throwable failure) {
    retries++;
    long cap = Math.min(max.toMillis(), base.toMillis() * (1L << Math.min(retries - 1, 20)));
    long jittered = (long) (cap / 2.0 + random.getAsDouble() * cap / 2.0);
    Duration retryAfter = failure instanceof ZoomApiException z ? z.retryAfter() : null;
    return retryAfter == null ? jittered : Math.max(retryAfter.toMillis(), jittered);
  }
}
