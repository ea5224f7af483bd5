package io.rollcall.simulator.service;

import io.rollcall.simulator.config.SimConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-second limits per API class, counted per account as Zoom does (a fixed one-second window on
 * the real clock). A limit of 0 refuses every call of the class, which lets tests force a 429.
 */
@ApplicationScoped
public class RateLimiter {

  /** How Retry-After is written: Zoom has been seen sending seconds, an ISO date, or nothing. */
  public enum RetryAfterStyle {
    SECONDS,
    ISO,
    NONE
  }

  private final Map<ApiClass, Integer> limits = new EnumMap<>(ApiClass.class);
  private final Map<String, long[]> windows = new HashMap<>();
  private volatile boolean enabled;
  private volatile RetryAfterStyle style;

  public RateLimiter(SimConfig config) {
    configure(
        config.rateLimit().enabled(),
        config.rateLimit().light(),
        config.rateLimit().medium(),
        config.rateLimit().heavy(),
        RetryAfterStyle.valueOf(config.rateLimit().retryAfterStyle().toUpperCase()));
  }

  public final synchronized void configure(
      boolean enabled, int light, int medium, int heavy, RetryAfterStyle style) {
    this.enabled = enabled;
    this.style = style;
    limits.put(ApiClass.LIGHT, light);
    limits.put(ApiClass.MEDIUM, medium);
    limits.put(ApiClass.HEAVY, heavy);
    windows.clear();
  }

  public synchronized Map<String, Object> settings() {
    return Map.of(
        "enabled", enabled,
        "light", limits.get(ApiClass.LIGHT),
        "medium", limits.get(ApiClass.MEDIUM),
        "heavy", limits.get(ApiClass.HEAVY),
        "retry_after_style", style.name().toLowerCase());
  }

  public RetryAfterStyle style() {
    return style;
  }

  /** Takes one call of the class from the account's current second or throws a per-second 429. */
  public synchronized void acquire(String accountId, ApiClass apiClass) {
    if (!enabled) {
      return;
    }
    long now = System.currentTimeMillis();
    long second = now / 1000;
    long[] window =
        windows.computeIfAbsent(accountId + "|" + apiClass, c -> new long[] {second, 0});
    if (window[0] != second) {
      window[0] = second;
      window[1] = 0;
    }
    int limit = limits.get(apiClass);
    if (window[1] >= limit) {
      throw RateLimitException.perSecond(
          apiClass, limit, Instant.ofEpochMilli((second + 1) * 1000));
    }
    window[1]++;
  }
}
