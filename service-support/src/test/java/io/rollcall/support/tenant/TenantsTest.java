package io.rollcall.support.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
    Path unknownScope = dir.resolve("scope.json");
    Files.writeString(
        unknownScope,
        """
        {"tenants": [{"account_id": "acc-b",
          "api_keys": [{"sha256": "%s", "scopes": ["root"]}]}]}
        """
            .formatted("a".repeat(64)));
    assertThatThrownBy(() -> TenantsFile.read(unknownScope))
        .hasMessageContaining("acc-b")
        .hasMessageContaining("unknown scope 'root'");

    Path plainKey = dir.resolve("plain.json");
    Files.writeString(
        plainKey,
        """
        {"tenants": [{"account_id": "acc-b",
          "api_keys": [{"sha256": "my-secret-key", "scopes": ["admin"]}]}]}
        """);
    assertThatThrownBy(() -> TenantsFile.read(plainKey))
        .hasMessageContaining("64 hex digits")
        .message()
        .doesNotContain("my-secret-key");

    Path halfLimits = dir.resolve("limits.json");
    Files.writeString(
        halfLimits,
        """
        {"tenants": [{"account_id": "acc-b", "zoom": {"rate_limits": {"light": 80}}}]}
        """);
    assertThatThrownBy(() -> TenantsFile.read(halfLimits))
        .hasMessageContaining("acc-b")
        .hasMessageContaining("light, medium and heavy");

    Path secretAsString = dir.resolve("string.json");
    Files.writeString(
        secretAsString,
        """
        {"tenants": [{"account_id": "acc-b",
          "zoom": {"webhook_secrets": "s3cr3t-written-as-a-string"}}]}
        """);
    assertThatThrownBy(() -> TenantsFile.read(secretAsString))
        .hasMessageContaining("tenants[0].zoom.webhook_secrets: wrong type, expected a list")
        .hasMessageContaining("line 2")
        .hasNoCause()
        .message()
        .doesNotContain("s3cr3t");
    Path unquoted = dir.resolve("unquoted.json");
    Files.writeString(
        unquoted,
        "{\"tenants\": [{\"account_id\": \"acc-b\", \"zoom\": {\"client_secret\": s3cr3t}}]}");
    assertThatThrownBy(() -> TenantsFile.read(unquoted))
        .hasMessageContaining("not valid JSON")
        .hasNoCause()
        .message()
        .doesNotContain("s3cr3t");

    Path negative = dir.resolve("negative.json");
    Files.writeString(
        negative,
        """
        {"tenants": [{"account_id": "acc-b",
          "zoom": {"rate_limits": {"light": 80, "medium": -1, "heavy": 40}}}]}
        """);
    assertThatThrownBy(() -> TenantsFile.read(negative))
        .hasMessageContaining("must not be negative");

    String shared = KeyDigests.sha256Hex("a-key-given-to-two-tenants");
    Path sameKey = dir.resolve("same-key.json");
    Files.writeString(
        sameKey,
        """
        {"tenants": [{"account_id": "acc-b", "api_keys": [{"sha256": "%s", "scopes": ["admin"]}]},
                     {"account_id": "acc-c", "api_keys": [{"sha256": "%s", "scopes": ["admin"]}]}]}
        """
            .formatted(shared, shared));
    assertThatThrownBy(() -> Tenants.from(config("acc-a", List.of(), List.of(), sameKey)))
        .hasMessageContaining("an API key is configured twice")
        .hasMessageContaining("acc-b")
        .hasMessageContaining("acc-c");
    Path operatorsKey = dir.resolve("operators-key.json");
    Files.writeString(
        operatorsKey,
        """
        {"tenants": [{"account_id": "acc-b", "api_keys": [{"sha256": "%s", "scopes": ["admin"]}]}]}
        """
            .formatted(KeyDigests.sha256Hex("operator-key")));
    assertThatThrownBy(
            () -> Tenants.from(config("acc-a", List.of("operator-key"), List.of(), operatorsKey)))
        .as("the default tenant's ROLLCALL_API_KEYS key listed for another tenant")
        .hasMessageContaining("an API key is configured twice");

    Path twice = dir.resolve("twice.json");
    Files.writeString(twice, "{\"tenants\": [{\"account_id\": \"acc-a\"}]}");
    assertThatThrownBy(() -> Tenants.from(config("acc-a", List.of(), List.of(), twice)))
        .hasMessageContaining("acc-a is configured twice");

    Path typo = dir.resolve("typo.json");
    Files.writeString(typo, "{\"tenants\": [{\"account\": \"acc-b\"}]}");
    assertThatThrownBy(() -> TenantsFile.read(typo)).hasMessageContaining("not valid");
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
