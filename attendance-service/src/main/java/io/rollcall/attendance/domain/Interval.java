package io.rollcall.attendance.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A half-open span of time {@code [start, end)}. An end before its start (clock skew between a join
 * and its leave) is kept as given and simply has no length.
 */
public record Interval(Instant start, Instant end) {

  public Interval {
    if (start == null || end == null) {
      throw new IllegalArgumentException("an interval needs a start and an end");
    }
  }

  public boolean isEmpty() {
    return !end.isAfter(start);
  }

  public Duration length() {
    return isEmpty() ? Duration.ZERO : Duration.between(start, end);
  }
}
