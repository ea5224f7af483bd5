package io.rollcall.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * An open loop: calls {@code action} with 0, 1, 2, … at a fixed rate for a duration, each call at
 * its due time however long earlier ones took (a slow pipeline does not slow the offered load).
 */
final class FixedRate {
  private FixedRate() {}

  /**
   * @return seconds it took to make every call
   */
  static double run(double perSecond, double seconds, LongConsumer action)
      throws InterruptedException {
    long total = Math.round(perSecond * seconds);
    double intervalNanos = 1e9 / perSecond;
    long start = System.nanoTime();
    for (long i = 0; i < total; i++) {
      long due = start + (long) (i * intervalNanos);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      action.accept(i);
    }
    return (System.nanoTime() - start) / 1e9;
  }
}
