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

  Rebuild rebuild();

  interface Rebuild {
    /** How long one poll of the replay consumer waits for records. */
    @WithDefault("1s")
    Duration pollTimeout();
  }
}
