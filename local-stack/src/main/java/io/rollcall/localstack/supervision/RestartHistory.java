package io.rollcall.localstack.supervision;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One component's life under a {@link RestartPolicy}: told when it started and when it died, it
 * decides whether to restart it (and after how long) or to give up. Plain Java; time comes from an
 * {@link InstantSource}, so a test drives it with a fake clock.
 */
public final class RestartHistory {
  /** What to do about a component that just died. */
  public sealed interface Decision {}

  /**
   * Start it again after {@code delay}; it will be restart number {@code restart} of this
   * component.
   */
  public record Restart(Duration delay, int restart) implements Decision {}

  /** Leave it down: it died {@code deaths} times within {@code window}. */
  public record GiveUp(int deaths, Duration window) implements Decision {}

  private final RestartPolicy policy;
  private final InstantSource clock;
  private final Deque<Instant> recentDeaths = new ArrayDeque<>();
  private Instant startedAt;
  private int deathsInARow;
  private int restarts;

  /** A history for a component not started yet. */
  public RestartHistory(RestartPolicy policy, InstantSource clock) {
    this.policy = policy;
    this.clock = clock;
  }

  /** The component (re)started now. */
  public void started() {
    startedAt = clock.instant();
  }

  /** The component died now: restart it (when) or give up. */
  public Decision died() {
    Instant now = clock.instant();
    if (startedAt != null
        && Duration.between(startedAt, now).compareTo(policy.healthyAfter()) >= 0) {
      deathsInARow = 0;
    }
    deathsInARow++;
    recentDeaths.addLast(now);
    while (Duration.between(recentDeaths.peekFirst(), now).compareTo(policy.deathWindow()) > 0) {
      recentDeaths.removeFirst();
    }
    if (recentDeaths.size() >= policy.maxDeaths()) {
      return new GiveUp(recentDeaths.size(), policy.deathWindow());
    }
    restarts++;
    return new Restart(policy.delayBefore(deathsInARow), restarts);
  }

  /** Restarts decided so far. */
  public int restarts() {
    return restarts;
  }
}
