package io.rollcall.simulator.service;

import java.time.Duration;
import java.util.List;

/**
 * Where and how webhooks are sent, for every account (one receiver URL); changeable at run time
 * under /sim/webhooks/config. The secret tokens are each account's ({@code Accounts}).
 */
public record WebhookSettings(
    String url, Duration timeout, List<Duration> retryDelays, double timeScale) {

  public boolean hasUrl() {
    return url != null && !url.isBlank();
  }

  /** The wait before retry number {@code retryNum} (1-based), compressed by the time scale. */
  public Duration retryDelay(int retryNum) {
    Duration real = retryDelays.get(retryNum - 1);
    return Duration.ofNanos((long) (real.toNanos() / timeScale));
  }
}
