package io.rollcall.support.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantsTest {

  @TempDir Path dir;

  @Test
  void theSingleAccountVariablesMakeTheDefaultTenantWithEveryScope() {
    Tenants tenants = Tenants.from(config("acc-a", List.of("k1"), List.of("s1"), null));

    Tenant a = tenants.defaultTenant();
    assertThat(a.accountId()).isEqualTo("acc-a");
    assertThat(a.webhookSecrets()).containsExactly("s1");
    assertThat(a.apiKeys())
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.sha256()).isEqualTo(KeyDigests.sha256Hex("k1"));
              assertThat(k.scopes()).isEqualTo(Scopes.ALL);
              assertThat(k.tenant()).isEqualTo("acc-a");
            });
    assertThat(tenants.forWebhook("acc-a")).contains(a);
    assertThat(tenants.forWebhook("someone-else")).isEmpty();
    assertThat(tenants.idOf(null)).isEqualTo("acc-a");
    assertThat(tenants.idOf("acc-x")).isEqualTo("acc-x");
  }

  @Test
  void withoutAnAccountIdTheDefaultTenantTakesEveryUnclaimedAccountAsBeforeTenants() {
    Tenants tenants = Tenants.from(config(null, List.of(), List.of("s1"), null));

    assertThat(tenants.defaultTenant().accountId()).isEqualTo(Tenants.UNNAMED_DEFAULT);
    assertThat(tenants.forWebhook("any-account")).contains(tenants.defaultTenant());
    assertThat(tenants.forWebhook(null)).contains(tenants.defaultTenant());
  }

  @Test
  void aTenantsFileAddsTenantsWithHashedScopedKeys() throws IOException {
    Path file = dir.resolve("tenants.json");
    String digest = KeyDigests.sha256Hex("b-reader");
    Files.writeString(
        file,
        """
        {"tenants": [{"account_id": "acc-b", "name": "Beta School",
          "zoom": {"client_id": "cb", "client_secret": "sb", "webhook_secrets": ["wb1", "wb2"],
                   "sdk_key": "kb", "sdk_secret": "xb",
                   "rate_limits": {"light": 80, "medium": 60, "heavy": 40}},
          "api_keys": [{"sha256": "%s", "scopes": ["attendance:read"]}],
          "erasure": {"keep_anonymous_totals": true}}]}
        """
            .formatted(digest));

    Tenants tenants = Tenants.from(config("acc-a", List.of(), List.of("s1"), file));

    Tenant b = tenants.find("acc-b").orElseThrow();
    assertThat(b.clientId()).contains("cb");
    assertThat(b.webhookSecrets()).containsExactly("wb1", "wb2");
    assertThat(b.keepAnonymousTotals()).isTrue();
    assertThat(b.rateLimits()).contains(new ZoomRateLimits(80, 60, 40));
    assertThat(tenants.defaultTenant().rateLimits()).as("the service's configured ones").isEmpty();
    assertThat(b.apiKeys())
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.keyId()).isEqualTo(KeyDigests.idOf(digest));
              assertThat(k.scopes()).containsExactly(Scopes.ATTENDANCE_READ);
            });
    assertThat(tenants.all()).extracting(Tenant::accountId).containsExactly("acc-a", "acc-b");
    assertThat(b.toString()).doesNotContain("sb", "wb1", "xb");
  }

  @Test
  void aBadTenantsFileStopsTheStartWithItsReasonAndNoSecret() throws IOException {
    reading(
            """
            {"tenants": [{"account_id": "acc-b",
              "api_keys": [{"sha256": "%s", "scopes": ["root"]}]}]}
            """
                .formatted("a".repeat(64)))
        .hasMessageContaining("acc-b")
        .hasMessageContaining("unknown scope 'root'");
    reading(
            """
            {"tenants": [{"account_id": "acc-b",
              "api_keys": [{"sha256": "my-secret-key", "scopes": ["admin"]}]}]}
            """)
        .hasMessageContaining("64 hex digits")
        .message()
        .doesNotContain("my-secret-key");
    reading(
            """
            {"tenants": [{"account_id": "acc-b", "zoom": {"rate_limits": {"light": 80}}}]}
            """)
        .hasMessageContaining("acc-b")
        .hasMessageContaining("light, medium and heavy");
    reading(
            """
            {"tenants": [{"account_id": "acc-b",
              "zoom": {"rate_limits": {"light": 80, "medium": -1, "heavy": 40}}}]}
            """)
        .hasMessageContaining("must not be negative");
    reading("{\"tenants\": [{\"account\": \"acc-b\"}]}").hasMessageContaining("not valid");
  }

  @Test
  void aValueInTheWrongShapeIsNamedByItsFieldNeverQuoted() throws IOException {
    reading(
            """
            {"tenants": [{"account_id": "acc-b",
              "zoom": {"webhook_secrets": "s3cr3t-written-as-a-string"}}]}
            """)
        .hasMessageContaining("tenants[0].zoom.webhook_secrets: wrong type, expected a list")
        .hasMessageContaining("line 2")
        .hasNoCause()
        .message()
        .doesNotContain("s3cr3t");
    reading("{\"tenants\": [{\"account_id\": \"acc-b\", \"zoom\": {\"client_secret\": s3cr3t}}]}")
        .hasMessageContaining("not valid JSON")
        .hasNoCause()
        .message()
        .doesNotContain("s3cr3t");
  }

  @Test
  void anAccountOrAnApiKeyConfiguredTwiceStopsTheStart() throws IOException {
    String shared = KeyDigests.sha256Hex("a-key-given-to-two-tenants");
    starting(
            List.of(),
            """
            {"tenants": [
              {"account_id": "acc-b", "api_keys": [{"sha256": "%s", "scopes": ["admin"]}]},
              {"account_id": "acc-c", "api_keys": [{"sha256": "%s", "scopes": ["admin"]}]}]}
            """
                .formatted(shared, shared))
        .hasMessageContaining("an API key is configured twice")
        .hasMessageContaining("acc-b")
        .hasMessageContaining("acc-c");
    starting(
            List.of("operator-key"),
            """
            {"tenants": [{"account_id": "acc-b",
              "api_keys": [{"sha256": "%s", "scopes": ["admin"]}]}]}
            """
                .formatted(KeyDigests.sha256Hex("operator-key")))
        .as("the default tenant's ROLLCALL_API_KEYS key listed for another tenant")
        .hasMessageContaining("an API key is configured twice");
    starting(List.of(), "{\"tenants\": [{\"account_id\": \"acc-a\"}]}")
        .hasMessageContaining("acc-a is configured twice");
  }

  /** What reading a tenants file holding {@code json} throws. */
  private AbstractThrowableAssert<?, ? extends Throwable> reading(String json) throws IOException {
    Path file = Files.writeString(Files.createTempFile(dir, "tenants", ".json"), json);
    return assertThatThrownBy(() -> TenantsFile.read(file));
  }

  /**
   * What starting tenant acc-a with {@code apiKeys} and a tenants file holding {@code json} throws.
   */
  private AbstractThrowableAssert<?, ? extends Throwable> starting(
      List<String> apiKeys, String json) throws IOException {
    Path file = Files.writeString(Files.createTempFile(dir, "tenants", ".json"), json);
    return assertThatThrownBy(() -> Tenants.from(config("acc-a", apiKeys, List.of(), file)));
  }

  private static TenantsConfig config(
      String accountId, List<String> apiKeys, List<String> secrets, Path file) {
    return new TenantsConfig() {
      @Override
      public Zoom zoom() {
        return new Zoom() {
          @Override
          public Optional<String> accountId() {
            return Optional.ofNullable(accountId);
          }

          @Override
          public Optional<String> clientId() {
            return Optional.of("client");
          }

          @Override
          public Optional<String> clientSecret() {
            return Optional.of("secret");
          }

          @Override
          public Optional<String> sdkKey() {
            return Optional.empty();
          }

          @Override
          public Optional<String> sdkSecret() {
            return Optional.empty();
          }
        };
      }

      @Override
      public Optional<List<String>> zoomWebhookSecrets() {
        return Optional.of(secrets);
      }

      @Override
      public Optional<List<String>> apiKeys() {
        return Optional.of(apiKeys);
      }

      @Override
      public Optional<Path> tenantsFile() {
        return Optional.ofNullable(file);
      }

      @Override
      public boolean keepAnonymousTotals() {
        return false;
      }

      @Override
      public ApiAuth apiAuth() {
        return () -> true;
      }

      @Override
      public Oidc oidc() {
        return () -> "rollcall_tenant";
      }
    };
  }
}
