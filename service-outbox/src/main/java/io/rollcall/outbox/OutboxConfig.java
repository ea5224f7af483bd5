package io.rollcall.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The outbox relay's settings ({@code rollcall.outbox.*}), the same keys in every service. */
@ConfigMapping(prefix = "rollcall.outbox")
public interface OutboxConfig {

  /** How many rows one relay transaction publishes at most. */
  @WithDefault("200")
  int batchSize();

  /**
   * The fallback poll for a wakeup that did not come (a commit on another replica, a failed pass),
   * e.g. {@code 1s}; {@code off} disables it. Read by {@link OutboxWakeup}'s schedule; declared
   * here so that it is documented with the rest.
   */
  @WithDefault("1s")
  String pollInterval();

  /** How long a relay pass waits for Kafka's acknowledgements before it gives up (and retries). */
  @WithDefault("30s")
  Duration sendTimeout();

  /**
   * How long published rows stay (so that a late duplicate of an event with a deterministic id is
   * not published again); older ones are purged hourly.
   */
  @WithDefault("7d")
  Duration retention();

  /**
   * The advisory lock that makes one relay of all the service's replicas publish at a time, so that
   * rows leave in id order. Per service (services may share a PostgreSQL server).
   */
  @WithDefault("${quarkus.application.name} outbox relay")
  String lockName();
}
