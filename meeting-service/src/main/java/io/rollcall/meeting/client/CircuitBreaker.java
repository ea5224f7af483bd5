package io.rollcall.meeting.client;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Stops calling Zoom for a while after repeated failures, so a Zoom outage makes our callers fail
 * fast instead of piling up threads. After {@code openFor} one trial call is let through
 * (half-open); its success closes the circuit, its failure opens it again.
 */
public final class CircuitBreaker {
  public enum State {
    CLOSED,
    OPEN,
    HALF_OPEN
  }

  private final int failureThreshold;
  private final Duration openFor;
  private final Supplier<Instant> clock;
  private int consecutiveFailures;
  private Instant openedAt;
  private boolean trialInFlight;

  public CircuitBreaker(int failureThreshold, Duration openFor, Supplier<Instant> clock) {
    this.failureThreshold = failureThreshold;
    this.openFor = openFor;
    this.clock = clock;
  }

  /** Whether a call may go out now; in half-open state only one trial call is allowed. */
  public synchronized boolean tryAcquire() {
    State state = state();
    if (state == State.CLOSED) {
      return true;
    }
    if (state == State.HALF_OPEN && !trialInFlight) {
      trialInFlight = true;
      return true;
    }
    return false;
  }

  public synchronized void onSuccess() {
    consecutiveFailures = 0;
    openedAt = null;
    trialInFlight = false;
  }

  public synchronized void onFailure() {
    trialInFlight = false;
    consecutiveFailures++;
    if (openedAt != null || consecutiveFailures >= failureThreshold) {
      openedAt = clock.get();
    }
  }

  public synchronized State state() {
    if (openedAt == null) {
      return State.CLOSED;
    }
    return clock.get().isBefore(openedAt.plus(openFor)) ? State.OPEN : State.HALF_OPEN;
  }
}
