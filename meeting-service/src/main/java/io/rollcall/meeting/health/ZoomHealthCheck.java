package io.rollcall.meeting.health;

import io.rollcall.meeting.client.ZoomHttp;
import io.rollcall.meeting.client.ZoomOAuth;
import io.rollcall.meeting.config.MeetingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Zoom reachability, reported but never fatal: without Zoom, Rollcall still serves links already
 * issued, tracked redirects and SDK signatures. The probe result is cached for 30 s.
 */
@Readiness
@ApplicationScoped
public class ZoomHealthCheck implements HealthCheck {
  private static final Duration CACHE = Duration.ofSeconds(30);

  private final HttpClient http;
  private final ZoomHttp zoom;
  private final ZoomOAuth oauth;
  private final MeetingConfig.Zoom config;
  private final Clock clock;
  private volatile Instant probedAt;
  private volatile boolean reachable;

  public ZoomHealthCheck(
      HttpClient http, ZoomHttp zoom, ZoomOAuth oauth, MeetingConfig config, Clock clock) {
    this.http = http;
    this.zoom = zoom;
    this.oauth = oauth;
    this.config = config.zoom();
    this.clock = clock;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("zoom")
        .up()
        .withData("reachable", reachable())
        .withData("credentials_configured", oauth.configured())
        .withData("circuit", zoom.circuitState().name().toLowerCase())
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
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(config.apiUrl()))
              .timeout(Duration.ofSeconds(2))
              .method("HEAD", HttpRequest.BodyPublishers.noBody())
              .build();
      http.send(request, HttpResponse.BodyHandlers.discarding());
      return true; // any HTTP answer means Zoom is reachable
    } catch (IOException | IllegalArgumentException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
