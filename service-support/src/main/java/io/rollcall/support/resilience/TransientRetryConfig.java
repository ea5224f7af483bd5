package io.rollcall.support.resilience;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How {@link TransientRetry} backs off ({@code rollcall.transient-retry.*}). */
@ConfigMapping(prefix = "rollcall.transient-retry")
public interface TransientRetryConfig {

  /** The first wait after a transient failure; doubled after each further one. */
  @WithDefault("500ms")
  Duration delay();

  /** The longest wait between two attempts, however long the outage. */
  @WithDefault("30s")
  Duration maxDelay();
}
