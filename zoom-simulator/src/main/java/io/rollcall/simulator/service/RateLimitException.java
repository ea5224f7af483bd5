package io.rollcall.simulator.service;

import java.time.Instant;

/** A 429 as Zoom sends it; the mapper writes the X-RateLimit-* and Retry-After headers. */
public class RateLimitException extends RuntimeException {

  private final String category;
  private final String type;
  private final int limit;
  private final Instant retryAt;

  public RateLimitException(
      String message, String category, String type, int limit, Instant retryAt) {
    super(message);
    this.category = category;
    this.type = type;
    this.limit = limit;
    this.retryAt = retryAt;
  }

  static RateLimitException perSecond(ApiClass apiClass, int limit, Instant retryAt) {
    return new RateLimitException(
        "You have reached the maximum per-second rate limit for this API. Try again later.",
        apiClass.label(),
        "QPS",
        limit,
        retryAt);
  }

  static RateLimitException daily(Instant retryAt) {
    return new RateLimitException(
        "You have reached the maximum daily rate limit for this API. Refer to the response header"
            + " for details on when you can make another request.",
        null,
        "Daily-limit",
        0,
        retryAt);
  }

  /** Light/Medium/Heavy, or null for the per-user/per-resource daily limits. */
  public String category() {
    return category;
  }

  public String type() {
    return type;
  }

  public int limit() {
    return limit;
  }

  public Instant retryAt() {
    return retryAt;
  }
}
