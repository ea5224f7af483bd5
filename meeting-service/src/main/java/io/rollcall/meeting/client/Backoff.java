package io.rollcall.meeting.client;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/** Exponential backoff with full jitter, capped; Retry-After, when given, is a floor. */
public record Backoff(Duration base, Duration max, DoubleSupplier random) {

  /** Delay before retry number {@code retry} (1 for the first retry). */
  public Duration delay(int retry, Duration retryAfter) {
    long cap = Math.min(max.toMillis(), base.toMillis() * (1L << Math.min(retry - 1, 20)));
    long jittered = (long) (cap / 2.0 + random.getAsDouble() * cap / 2.0);
    Duration computed = Duration.ofMillis(jittered);
    return retryAfter != null && retryAfter.compareTo(computed) > 0 ? retryAfter : computed;
  }
}
