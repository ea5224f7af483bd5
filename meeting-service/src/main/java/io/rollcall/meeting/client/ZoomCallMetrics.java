package io.rollcall.meeting.client;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * {@code rollcall.zoom.requests}: every HTTP exchange with Zoom (retries and token requests
 * included), by operation and outcome, with latency.
 */
@ApplicationScoped
public class ZoomCallMetrics {
  private final MeterRegistry registry;

  public ZoomCallMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public void record(String operation, String outcome, Duration latency) {
    Timer.builder("rollcall.zoom.requests")
        .description("HTTP exchanges with Zoom")
        .tag("operation", operation)
        .tag("outcome", outcome)
        .register(registry)
        .record(latency);
  }

  /** Count of exchanges so far for one operation and outcome (for tests and diagnostics). */
  public long count(String operation, String outcome) {
    Timer timer =
        registry
            .find("rollcall.zoom.requests")
            .tag("operation", operation)
            .tag("outcome", outcome)
            .timer();
    return timer == null ? 0 : timer.count();
  }

  public static String outcome(int status) {
    if (status >= 200 && status < 300) {
      return "success";
    }
    if (status == 401) {
      return "unauthorized";
    }
    if (status == 429) {
      return "rate_limited";
    }
    return status >= 500 ? "server_error" : "client_error";
  }
}
