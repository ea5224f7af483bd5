package io.rollcall.meeting.client;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Client-side pacing per Zoom API class, so Rollcall stays under the account's per-second limits
 * instead of learning them from 429s (Zoom may disable apps with a high error ratio). Each class is
 * a token bucket holding at most one second of requests.
 */
public final class RateLimiter {
  private final Map<ApiClass, Bucket> buckets = new EnumMap<>(ApiClass.class);
  private final LongSupplier nanoTime;

  public RateLimiter(Map<ApiClass, Double> perSecond, LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
    perSecond.forEach((c, rate) -> buckets.put(c, new Bucket(rate, nanoTime.getAsLong())));
  }

  /**
   * Takes one permit of the class and returns how long the caller must wait before sending (zero
   * when a permit was available). Permits are reserved, so concurrent callers queue fairly.
   */
  public synchronized Duration reserve(ApiClass apiClass) {
    Bucket bucket = buckets.get(apiClass);
    if (bucket == null) {
      return Duration.ZERO;
    }
    return Duration.ofNanos(bucket.reserve(nanoTime.getAsLong()));
  }

  private static final class Bucket {
    private final double ratePerNano;
    private final double capacity;
    private double tokens;
    private long updatedAt;

    Bucket(double perSecond, long now) {
      this.ratePerNano = perSecond / 1e9;
      this.capacity = Math.max(1.0, perSecond);
      this.tokens = capacity;
      this.updatedAt = now;
    }

    long reserve(long now) {
      tokens = Math.min(capacity, tokens + (now - updatedAt) * ratePerNano);
      updatedAt = now;
      tokens -= 1;
      return tokens >= 0 ? 0 : (long) Math.ceil(-tokens / ratePerNano);
    }
  }
}
