package io.rollcall.simulator.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The simulator's notion of "now": the wall clock plus an adjustable offset, so tests and demos can
 * move time (token and ZAK expiry, default event times) without waiting.
 */
public final class SimClock {

  private final Clock wall;
  private volatile Duration offset = Duration.ZERO;

  public SimClock(Clock wall) {
    this.wall = wall;
  }

  public Instant now() {
    return wall.instant().plus(offset);
  }

  /** The real time, for what must stay real (x-zm-request-timestamp is checked by receivers). */
  public Instant wallNow() {
    return wall.instant();
  }

  public void advance(Duration by) {
    offset = offset.plus(by);
  }

  public void set(Instant to) {
    offset = Duration.between(wall.instant(), to);
  }

  public void reset() {
    offset = Duration.ZERO;
  }
}
