package io.rollcall.identity.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** identity-service settings ({@code rollcall.identity.*}). */
@ConfigMapping(prefix = "rollcall.identity")
public interface IdentityConfig {

  Outbox outbox();

  Cache cache();

  interface Cache {
    /**
     * How many participant events the in-memory instance states may hold in all (about 2 KiB each,
     * measured: 10,000 joins of 5,000 invitees); beyond it the least recently used instances are
     * dropped and rebuilt from PostgreSQL when needed.
     */
    @WithDefault("40000")
    long maxObservations();
  }

  interface Outbox {
    /** How many outbox rows one relay pass publishes at most. */
    @WithDefault("100")
    int batchSize();

    /** How long a relay pass waits for Kafka's acknowledgements before trying again later. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** How long published rows stay in the outbox before they are deleted. */
    @WithDefault("7d")
    Duration retention();
  }
}
