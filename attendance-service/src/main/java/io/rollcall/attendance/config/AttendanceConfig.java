package io.rollcall.attendance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/**
 * attendance-service's settings (prefix {@code rollcall}). The API keys ({@code rollcall.api-keys})
 * belong to service-support's {@link io.rollcall.support.rest.ApiKeyConfig}.
 */
@ConfigMapping(prefix = "rollcall")
public interface AttendanceConfig {

  /** Topic names, shared by every service through the events module. */
  Map<String, String> topic();

  Outbox outbox();

  Rebuild rebuild();

  interface Outbox {
    /**
     * The relay's fallback poll; it runs on every commit that wrote outbox rows. Read by
     * service-support's {@code OutboxWakeup} schedule; declared here so that the property is
     * validated and documented with the rest.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /** At most this many events per relay round. */
    @WithDefault("200")
    int batchSize();

    /** How long published events stay in the outbox (so a rebuild does not republish them). */
    @WithDefault("7d")
    Duration retention();
  }

  interface Rebuild {
    /** How long one poll of the replay consumer waits for records. */
    @WithDefault("1s")
    Duration pollTimeout();
  }
}
