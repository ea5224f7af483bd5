package io.rollcall.meeting.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.rollcall.meeting.client.ZoomErrorMapper;
import io.rollcall.meeting.client.ZoomOAuthClient;
import io.rollcall.meeting.client.ZoomRestClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * The Zoom REST clients, built from {@link MeetingConfig} (so {@code ROLLCALL_ZOOM_API_URL}, {@code
 * ROLLCALL_ZOOM_OAUTH_URL} and the timeouts stay the only settings), and the clock.
 */
@ApplicationScoped
public class ClientProducers {

  @Produces
  @ApplicationScoped
  ZoomRestClient zoomRestClient(MeetingConfig config, ObjectMapper json, Clock clock) {
    return builder(config.zoom().apiUrl(), config, json, clock).build(ZoomRestClient.class);
  }

  @Produces
  @ApplicationScoped
  ZoomOAuthClient zoomOAuthClient(MeetingConfig config, ObjectMapper json, Clock clock) {
    return builder(config.zoom().oauthUrl(), config, json, clock).build(ZoomOAuthClient.class);
  }

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }

  private static QuarkusRestClientBuilder builder(
      String baseUrl, MeetingConfig config, ObjectMapper json, Clock clock) {
    MeetingConfig.Zoom zoom = config.zoom();
    return QuarkusRestClientBuilder.newBuilder()
        .baseUri(
            URI.create(
                baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl))
        .connectTimeout(zoom.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
        // The per-attempt limit is the fault-tolerance timeout (ZoomGuards); this is a backstop.
        .readTimeout(zoom.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .followRedirects(false)
        .register(new ZoomErrorMapper(json, clock));
  }
}
