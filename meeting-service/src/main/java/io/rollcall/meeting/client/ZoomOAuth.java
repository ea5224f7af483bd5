package io.rollcall.meeting.client;

import io.rollcall.meeting.client.AccessTokenCache.AccessToken;
import io.rollcall.meeting.client.ZoomOAuthClient.TokenAnswer;
import io.rollcall.meeting.config.MeetingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

/**
 * Server-to-Server OAuth (ZOOM-FACTS §3.1): the current access token from {@link AccessTokenCache},
 * fetched with {@link ZoomOAuthClient} when missing, {@code rollcall.zoom.token-renew-before}
 * (default 5 min) before it expires, or after Zoom rejected it. The credentials and the token never
 * reach a log line or an exception message.
 */
@ApplicationScoped
public class ZoomOAuth {
  private static final String OPERATION = "oauth_token";
  private static final long DEFAULT_LIFETIME_SECONDS = 3599;

  private final MeetingConfig.Zoom config;
  private final ZoomOAuthClient client;
  private final Clock clock;
  private final AccessTokenCache cache;

  public ZoomOAuth(MeetingConfig config, ZoomOAuthClient client, Clock clock) {
    this.config = config.zoom();
    this.client = client;
    this.clock = clock;
    this.cache = new AccessTokenCache(this::fetch, this.config.tokenRenewBefore(), clock::instant);
  }

  /**
   * The bearer token to send now.
   *
   * @throws ZoomUnavailableException when the credentials are not configured
   * @throws ZoomApiException when Zoom refused them or could not be reached
   */
  public String token() {
    return cache.token();
  }

  /** Zoom answered 401 to {@code token}: the next {@link #token()} fetches a new one. */
  public void rejected(String token) {
    cache.invalidate(token);
  }

  /** Whether all three Server-to-Server OAuth credentials are set. */
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
    Instant issuedAt = clock.instant();
    TokenAnswer answer;
    try {
      answer = client.token("Basic " + basic, "account_credentials", config.accountId().get());
    } catch (ZoomApiException e) {
      throw new ZoomApiException(
          OPERATION,
          e.status(),
          null,
          "Zoom refused our Server-to-Server OAuth credentials (HTTP " + e.status() + ")",
          null);
    } catch (ProcessingException e) {
      throw ZoomCalls.transportFailure(OPERATION, e);
    }
    if (answer == null || answer.accessToken() == null || answer.accessToken().isBlank()) {
      throw new ZoomApiException(OPERATION, 200, null, "Zoom sent no access_token", null);
    }
    long lifetime = answer.expiresIn() == null ? DEFAULT_LIFETIME_SECONDS : answer.expiresIn();
    return new AccessToken(answer.accessToken(), issuedAt.plusSeconds(lifetime));
  }
}
