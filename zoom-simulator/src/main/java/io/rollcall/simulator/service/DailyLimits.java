package io.rollcall.simulator.service;

import io.rollcall.simulator.domain.SimClock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Zoom's per-user and per-resource daily limits (UTC days): 100 meeting create/update per user, 3
 * registrations and 10 status changes per registrant and meeting.
 */
@ApplicationScoped
public class DailyLimits {

  public static final int MEETING_WRITES_PER_USER = 100;
  public static final int REGISTRATIONS_PER_REGISTRANT = 3;
  public static final int STATUS_CHANGES_PER_REGISTRANT = 10;

  private final SimState state;
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  public DailyLimits(SimState state) {
    this.state = state;
  }

  /** Counts one request against {@code key}; throws a daily 429 when the limit is passed. */
  public void count(String key, int limit) {
    SimClock clock = state.clock();
    LocalDate day = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
    int used = counts.computeIfAbsent(day + "|" + key, k -> new AtomicInteger()).incrementAndGet();
    if (used > limit) {
      throw RateLimitException.daily(day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
  }

  public void clear() {
    counts.clear();
  }
}
