package io.rollcall.meeting.client;

import io.rollcall.meeting.client.AccessTokenCache.AccessToken;
import io.rollcall.meeting.client.ZoomOAuthClient.TokenAnswer;
import io.rollcall.meeting.config.MeetingConfig;
import io.rollcall.support.tenant.Tenant;
import io.rollcall.support.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-to-Server OAuth (ZOOM-FACTS §3.1), per tenant: each tenant's current access token from an
 * {@link AccessTokenCache} of its own, fetched with {@link ZoomOAuthClient} and the tenant's
 * credentials ({@link Tenant#clientId()}, {@link Tenant#clientSecret()}, account_id = the tenant
 * id) when missing, {@code rollcall.zoom.token-renew-before} (default 5 min) before it expires, or
 * after Zoom rejected it. The default tenant's credentials are {@code ROLLCALL_ZOOM_ACCOUNT_ID},
 * {@code ROLLCALL_ZOOM_CLIENT_ID} and {@code ROLLCALL_ZOOM_CLIENT_SECRET}, as before tenants. The
 * credentials and the tokens never reach a log line or an exception message.
 */
@ApplicationScoped
public class ZoomOAuth {
  private static final String OPERATION = "oauth_token";
  private static final long DEFAULT_LIFETIME_SECONDS = 3599;

  private final MeetingConfig.Zoom config;
  private final Tenants tenants;
  private final ZoomOAuthClient client;
  private final Clock clock;
  private final Map<String, AccessTokenCache> caches = new ConcurrentHashMap<>();

  public ZoomOAuth(MeetingConfig config, Tenants tenants, ZoomOAuthClient client, Clock clock) {
    this.config = config.zoom();
    this.tenants = tenants;
    this.client = client;
    this.clock = clock;
  }

  /**
   * The bearer token to send now on behalf of {@code tenant}.
   *
   * @throws ZoomUnavailableException when the tenant is unknown or has no Server-to-Server OAuth
   *     credentials
   * @throws ZoomApiException when Zoom refused them or could not be reached
   */
  public String token(String tenant) {
    return cache(tenant).token();
  }

  /** Zoom answered 401 to {@code token} of {@code tenant}: the next token is fetched anew. */
  public void rejected(String tenant, String token) {
    cache(tenant).invalidate(token);
  }

  /** Whether the default tenant has all three Server-to-Server OAuth credentials. */
  public boolean configured() {
    return configured(tenants.defaultTenant());
  }

  private static boolean configured(Tenant tenant) {
    return tenant.clientId().filter(s -> !s.isBlank()).isPresent()
        && tenant.clientSecret().filter(s -> !s.isBlank()).isPresent();
  }

  private AccessTokenCache cache(String tenantId) {
    Tenant tenant =
        tenants
            .find(tenantId)
            .orElseThrow(
                () -> new ZoomUnavailableException("tenant " + tenantId + " is not configured"));
    if (!configured(tenant)) {
      throw new ZoomUnavailableException(
          tenant == tenants.defaultTenant()
              ? "Zoom credentials are not configured (ROLLCALL_ZOOM_ACCOUNT_ID,"
                  + " ROLLCALL_ZOOM_CLIENT_ID, ROLLCALL_ZOOM_CLIENT_SECRET)"
              : "tenant "
                  + tenant.accountId()
                  + " has no Zoom Server-to-Server OAuth credentials (zoom.client_id and"
                  + " zoom.client_secret in the tenants file)");
    }
    return caches.computeIfAbsent(
        tenant.accountId(),
        id -> new AccessTokenCache(() -> fetch(tenant), config.tokenRenewBefore(), clock::instant));
  }

  private AccessToken fetch(Tenant tenant) {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (tenant.clientId().get() + ":" + tenant.clientSecret().get())
                    .getBytes(StandardCharsets.UTF_8));
    Instant issuedAt = clock.instant();
    TokenAnswer answer;
    try {
      answer = client.token("Basic " + basic, "account_credentials", tenant.accountId());
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
