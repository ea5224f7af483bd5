package io.rollcall.localstack.supervision;

import java.time.Duration;

/**
 * When a component that died is started again, and when the supervisor stops trying: the first
 * restart waits {@code firstDelay}, each further one twice as long up to {@code maxDelay}; a
 * component that stayed up for {@code healthyAfter} starts again from {@code firstDelay}; one that
 * died {@code maxDeaths} times within {@code deathWindow} is given up on and left down.
 *
 * @param firstDelay wait before the first restart (1 s)
 * @param maxDelay the longest wait between restarts (30 s)
 * @param healthyAfter time up after which the backoff starts over (1 min)
 * @param maxDeaths deaths within {@code deathWindow} that make the supervisor give up (5)
 * @param deathWindow the window those deaths are counted in (2 min)
 */
public record RestartPolicy(
    Duration firstDelay,
    Duration maxDelay,
    Duration healthyAfter,
    int maxDeaths,
    Duration deathWindow) {

  /** 1 s → 30 s, reset after a minute up, give up after 5 deaths in 2 minutes. */
  public static final RestartPolicy DEFAULT =
      new RestartPolicy(
          Duration.ofSeconds(1),
          Duration.ofSeconds(30),
          Duration.ofMinutes(1),
          5,
          Duration.ofMinutes(2));

  /** Validates the settings. */
  public RestartPolicy {
    if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("need 0 <= firstDelay <= maxDelay");
    }
    if (maxDeaths < 1) {
      throw new IllegalArgumentException("maxDeaths must be at least 1");
    }
  }

  /** The wait before the {@code n}-th restart in a row (n ≥ 1): doubling, capped. */
  Duration delayBefore(int n) {
    Duration delay = firstDelay;
    for (int i = 1; i < n && delay.compareTo(maxDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
