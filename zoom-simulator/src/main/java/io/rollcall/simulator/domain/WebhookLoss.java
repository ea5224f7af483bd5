package io.rollcall.simulator.domain;

import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * The {@code loss_rate} quirk: whether a webhook delivery is lost, i.e. never reaches the receiver,
 * as when Zoom drops an event after its third failed retry (ZOOM-FACTS §1.7). Zoom may lose any
 * event, lifecycle events ({@code meeting.started}, {@code meeting.ended}) included; {@code
 * loss_events} narrows the loss to some events, so that a test can lose participant events and keep
 * the lifecycle.
 */
public final class WebhookLoss {
  private WebhookLoss() {}

  /**
   * Whether the delivery of {@code event} is lost. Draws one number from {@code random} only when
   * the loss applies to the event and {@code rate} is above 0, so that a run without loss draws
   * exactly what it drew before the quirk existed (same seed, same ids).
   *
   * @param rate probability in [0, 1]; null or 0 loses nothing, 1 loses every matching delivery
   * @param patterns Zoom event names, a trailing {@code *} matching any suffix; null or empty: all
   * @param random the simulator's seeded generator
   */
  public static boolean lost(
      Double rate, List<String> patterns, String event, DoubleSupplier random) {
    if (rate == null || rate <= 0 || !applies(patterns, event)) {
      return false;
    }
    return random.getAsDouble() < rate;
  }

  /** Whether {@code event} is one of {@code patterns} (null or empty: every event is). */
  public static boolean applies(List<String> patterns, String event) {
    if (patterns == null || patterns.isEmpty()) {
      return true;
    }
    for (String pattern : patterns) {
      boolean match =
          pattern.endsWith("*")
              ? event.startsWith(pattern.substring(0, pattern.length() - 1))
              : event.equals(pattern);
      if (match) {
        return true;
      }
    }
    return false;
  }
}
