package io.rollcall.meeting.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rollcall.meeting.client.AccessTokenCache.AccessToken;
import io.rollcall.meeting.config.MeetingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Server-to-Server OAuth: {@code POST /oauth/token?grant_type=account_credentials&account_id=…}
 * with the client credentials as Basic auth (ZOOM-FACTS §3.1). The credentials and the token never
 * reach a log line or an exception message.
 */
@ApplicationScoped
public class ZoomOAuth {
  private final MeetingConfig.Zoom config;
  private final HttpClient http;
  private final ObjectMapper json;
  private final ZoomCallMetrics metrics;
  private final Clock clock;
  private final AccessTokenCache cache;

  public ZoomOAuth(
      MeetingConfig config,
      HttpClient http,
      ObjectMapper json,
      ZoomCallMetrics metrics,
      Clock clock) {
    this.config = config.zoom();
    this.http = http;
    this.json = json;
    this.metrics = metrics;
    this.clock = clock;
    this.cache = new AccessTokenCache(this::fetch, this.config.tokenRenewBefore(), clock::instant);
  }

  public String token() {
    return cache.token();
  }

  public void rejected(String token) {
    cache.invalidate(token);
  }

  public boolean configured() {
    return config.accountId().isPresent()
        && config.clientId().isPresent()
        && config.clientSecret().isPresent();
  }

  private AccessToken fetch() {
    if (!configured()) {
      throw new ZoomUnavailableException(
          "Zoom credentials are not configured (ROLLCALL_ZOOM_ACCOUNT_ID, ROLLCALL_ZOOM_CLIENT_ID,"
              + " ROLLCALL_ZOOM_CLIENT_SECRET)");
    }
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (config.clientId().get() + ":" + config.clientSecret().get())
                    .getBytes(StandardCharsets.UTF_8));
    URI uri =
        URI.create(
            stripSlash(config.oauthUrl())
                + "/oauth/token?grant_type=account_credentials&account_id="
                + URLEncoder.encode(config.accountId().get(), StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(config.requestTimeout())
            .header("Authorization", "Basic " + basic)
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    Instant started = clock.instant();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      metrics.record("oauth_token", "io_error", Duration.between(started, clock.instant()));
      throw new ZoomApiException(
          "oauth_token", 0, null, "Zoom OAuth unreachable: " + e.getClass().getSimpleName(), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ZoomUnavailableException("interrupted while fetching a Zoom access token");
    }
    metrics.record(
        "oauth_token",
        ZoomCallMetrics.outcome(response.statusCode()),
        Duration.between(started, clock.instant()));
    if (response.statusCode() != 200) {
      throw new ZoomApiException(
          "oauth_token",
          response.statusCode(),
          null,
          "Zoom refused our Server-to-Server OAuth credentials (HTTP "
              + response.statusCode()
              + ")",
          null);
    }
    return parse(response.body(), started);
  }

  private AccessToken parse(String body, Instant issuedAt) {
    try {
      JsonNode node = json.readTree(body);
      String token = node.path("access_token").asText(null);
      long expiresIn = node.path("expires_in").asLong(3599);
      if (token == null || token.isBlank()) {
        throw new ZoomApiException("oauth_token", 200, null, "Zoom sent no access_token", null);
      }
      return new AccessToken(token, issuedAt.plusSeconds(expiresIn));
    } catch (IOException e) {
      throw new ZoomApiException("oauth_token", 200, null, "unreadable Zoom token response", null);
    }
  }

  static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
