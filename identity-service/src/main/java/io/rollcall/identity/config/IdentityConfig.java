package io.rollcall.identity.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** identity-service settings ({@code rollcall.identity.*}). */
@ConfigMapping(prefix = "rollcall.identity")
public interface IdentityConfig {

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
}
