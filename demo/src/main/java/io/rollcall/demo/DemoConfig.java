package io.rollcall.demo;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Where the stack runs and how to play the scenario.
 *
 * @param apiKey a key of {@code ROLLCALL_API_KEYS} (meeting- and attendance-service)
 * @param zoomAccountId the simulator's Server-to-Server OAuth account (to read a PIN, as the
 *     invitee's confirmation e-mail would show it)
 * @param scenarioStart time zero of the scenario clock
 * @param simulatorSeed when set, zoom-simulator is reset with this seed first, so meeting ids and
 *     uuids differ from earlier runs kept in the databases (null: use the simulator as it is)
 * @param quirks zoom-simulator quirks for this meeting (empty: Zoom's defaults)
 * @param timeout how long attendance-service may take to reflect the meeting's end
 */
public record DemoConfig(
    String meetingServiceUrl,
    String attendanceServiceUrl,
    String simulatorUrl,
    String apiKey,
    String zoomAccountId,
    String zoomClientId,
    String zoomClientSecret,
    Instant scenarioStart,
    Long simulatorSeed,
    Map<String, Object> quirks,
    Duration timeout) {

  public DemoConfig {
    quirks = quirks == null ? Map.of() : Map.copyOf(quirks);
  }

  /** The local stack's settings, from the environment variables {@code ./rollcall} uses. */
  public static DemoConfig fromEnvironment(Map<String, String> env) {
    String apiKeys = env.getOrDefault("ROLLCALL_API_KEYS", "");
    String apiKey = apiKeys.split(",")[0].trim();
    if (apiKey.isEmpty()) {
      throw new IllegalArgumentException("set ROLLCALL_API_KEYS (the key the services accept)");
    }
    return new DemoConfig(
        local(env, "ROLLCALL_MEETING_PORT", "8084"),
        local(env, "ROLLCALL_ATTENDANCE_PORT", "8083"),
        local(env, "ROLLCALL_SIMULATOR_PORT", "8090"),
        apiKey,
        env.getOrDefault("ZOOM_SIM_ACCOUNT_ID", "sim-account-0001"),
        env.getOrDefault("ZOOM_SIM_CLIENT_ID", "sim-client-id"),
        env.getOrDefault("ZOOM_SIM_CLIENT_SECRET", "sim-client-secret"),
        // A meeting that took place during the last hour, replayed in seconds.
        Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(1)),
        // The local stack keeps its databases across runs; a fresh simulator seed keeps ids apart.
        new SecureRandom().nextLong() & Long.MAX_VALUE,
        Map.of(),
        Duration.ofSeconds(Long.parseLong(env.getOrDefault("ROLLCALL_DEMO_TIMEOUT", "60"))));
  }

  private static String local(Map<String, String> env, String portVariable, String port) {
    return "http://127.0.0.1:" + env.getOrDefault(portVariable, port);
  }

  public DemoConfig withQuirks(Map<String, Object> newQuirks) {
    return new DemoConfig(
        meetingServiceUrl,
        attendanceServiceUrl,
        simulatorUrl,
        apiKey,
        zoomAccountId,
        zoomClientId,
        zoomClientSecret,
        scenarioStart,
        simulatorSeed,
        newQuirks,
        timeout);
  }
}
