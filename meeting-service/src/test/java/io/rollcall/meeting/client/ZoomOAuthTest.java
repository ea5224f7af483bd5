package io.rollcall.meeting.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.rollcall.meeting.config.MeetingConfig;
import io.rollcall.support.tenant.Tenant;
import io.rollcall.support.tenant.Tenants;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One Server-to-Server OAuth token per tenant, each fetched with that tenant's credentials. */
class ZoomOAuthTest {
  private final List<String> requests = new ArrayList<>();
  private final ZoomOAuthClient zoom =
      (basic, grantType, accountId) -> {
        String credentials =
            new String(
                Base64.getDecoder().decode(basic.substring("Basic ".length())),
                StandardCharsets.UTF_8);
        requests.add(accountId + " " + credentials);
        return new ZoomOAuthClient.TokenAnswer(
            "token-of-" + accountId + "-" + requests.size(), 3599L);
      };

  private static Tenant tenant(String id, String clientId, String clientSecret) {
    return new Tenant(
        id,
        Optional.ofNullable(clientId),
        Optional.ofNullable(clientSecret),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        false,
        Optional.empty());
  }

  private final Tenants tenants =
      new Tenants(
          tenant("acct-a", "client-a", "secret-a"),
          false,
          List.of(tenant("acct-b", "client-b", "secret-b"), tenant("acct-c", null, null)));

  private final ZoomOAuth oauth =
      new ZoomOAuth(config(), tenants, zoom, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

  @Test
  void eachTenantHasItsOwnToken_fetchedWithItsOwnCredentials_andCachedApart() {
    assertThat(oauth.token("acct-a")).isEqualTo("token-of-acct-a-1");
    assertThat(oauth.token("acct-b")).isEqualTo("token-of-acct-b-2");
    assertThat(oauth.token("acct-a")).isEqualTo("token-of-acct-a-1");
    assertThat(requests).containsExactly("acct-a client-a:secret-a", "acct-b client-b:secret-b");

    oauth.rejected("acct-b", "token-of-acct-b-2");
    assertThat(oauth.token("acct-b")).isEqualTo("token-of-acct-b-3");
    assertThat(oauth.token("acct-a")).isEqualTo("token-of-acct-a-1");
  }

  @Test
  void aTenantWithoutCredentials_orAnUnknownOne_isUnavailable_withAClearReason() {
    Throwable missing = catchThrowable(() -> oauth.token("acct-c"));
    assertThat(missing)
        .isInstanceOf(ZoomUnavailableException.class)
        .hasMessageContaining("acct-c")
        .hasMessageContaining("Server-to-Server OAuth credentials");
    assertThat(catchThrowable(() -> oauth.token("nobody")))
        .isInstanceOf(ZoomUnavailableException.class)
        .hasMessageContaining("nobody");
    assertThat(requests).isEmpty();
    assertThat(oauth.configured()).isTrue();
  }

  /** The configuration's Zoom part: only the renewal margin matters here. */
  private static MeetingConfig config() {
    MeetingConfig.Zoom zoomConfig =
        (MeetingConfig.Zoom)
            Proxy.newProxyInstance(
                MeetingConfig.Zoom.class.getClassLoader(),
                new Class<?>[] {MeetingConfig.Zoom.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("tokenRenewBefore")) {
                    return Duration.ofMinutes(5);
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    return (MeetingConfig)
        Proxy.newProxyInstance(
            MeetingConfig.class.getClassLoader(),
            new Class<?>[] {MeetingConfig.class},
            (proxy, method, args) -> {
              if (method.getName().equals("zoom")) {
                return zoomConfig;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
