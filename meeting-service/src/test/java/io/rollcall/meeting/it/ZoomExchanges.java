package io.rollcall.meeting.it;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * HTTP exchanges with Zoom (retries and token requests included), counted from the metric the
 * Quarkus REST client records for each of them: {@code http.client.requests{uri, status}}, the
 * {@code uri} being the endpoint's path template. Named by operation and outcome, as the tests
 * think of them.
 */
@ApplicationScoped
public class ZoomExchanges {
  private static final Map<String, String> TEMPLATES =
      Map.of(
          "oauth_token", "/oauth/token",
          "create_meeting", "/users/{userId}/meetings",
          "get_meeting", "/meetings/{meetingId}",
          "add_registrant", "/meetings/{meetingId}/registrants",
          "batch_registrants", "/meetings/{meetingId}/batch_registrants",
          "cancel_registrant", "/meetings/{meetingId}/registrants/status",
          "user_zak", "/users/{userId}/token",
          "report_participants", "/report/meetings/{meetingId}/participants",
          "past_instances", "/past_meetings/{meetingId}/instances");
  private static final Map<String, IntPredicate> OUTCOMES =
      Map.of(
          "success", s -> s >= 200 && s < 300,
          "unauthorized", s -> s == 401,
          "rate_limited", s -> s == 429,
          "client_error", s -> s >= 400 && s < 500 && s != 401 && s != 429,
          "server_error", s -> s >= 500);

  private final MeterRegistry registry;

  public ZoomExchanges(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Exchanges so far for one operation (e.g. {@code batch_registrants}) and outcome. */
  public long count(String operation, String outcome) {
    String uri = TEMPLATES.get(operation);
    IntPredicate status = OUTCOMES.get(outcome);
    return registry.find("http.client.requests").tag("uri", uri).timers().stream()
        .filter(t -> status.test(Integer.parseInt(t.getId().getTag("status"))))
        .mapToLong(Timer::count)
        .sum();
  }
}
