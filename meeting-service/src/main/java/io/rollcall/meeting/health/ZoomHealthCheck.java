package io.rollcall.meeting.health;

import io.rollcall.meeting.client.ZoomApiException;
import io.rollcall.meeting.client.ZoomCalls;
import io.rollcall.meeting.client.ZoomOAuth;
import io.rollcall.meeting.client.ZoomRestClient;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Zoom reachability, reported but never fatal: without Zoom, Rollcall still serves links already
 * issued, tracked redirects and SDK signatures. The probe ({@code HEAD} on the API base, 2 s at
 * most) is cached for 30 s; the circuit state is {@code closed}, {@code open} or {@code half_open}.
 */
@Readiness
@ApplicationScoped
public class ZoomHealthCheck implements HealthCheck {
  private static final Duration CACHE = Duration.ofSeconds(30);

  private final ZoomRestClient zoom;
  private final ZoomOAuth oauth;
  private final ZoomCalls calls;
  private final Clock clock;
  private final Guard probeTimeout =
      Guard.create().withTimeout().duration(2, ChronoUnit.SECONDS).done().build();
  private volatile Instant probedAt;
  private volatile boolean reachable;

  public ZoomHealthCheck(ZoomRestClient zoom, ZoomOAuth oauth, ZoomCalls calls, Clock clock) {
    this.zoom = zoom;
    this.oauth = oauth;
    this.calls = calls;
    this.clock = clock;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("zoom")
        .up()
        .withData("reachable", reachable())
        .withData("credentials_configured", oauth.configured())
        .withData("circuit", calls.circuitState().name().toLowerCase(Locale.ROOT))
        .build();
  }

  private boolean reachable() {
    Instant now = clock.instant();
    if (probedAt == null || now.isAfter(probedAt.plus(CACHE))) {
      reachable = probe();
      probedAt = now;
    }
    return reachable;
  }

  private boolean probe() {
    try {
      probeTimeout.get(
          () -> {
            try (Response answer = zoom.probe()) {
              return true;
            }
          },
          Boolean.class);
      return true;
    } catch (ZoomApiException e) {
      return true; // any HTTP answer means Zoom is reachable
    } catch (RuntimeException e) {
      return false;
    }
  }
}
