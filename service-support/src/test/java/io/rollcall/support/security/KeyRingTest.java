package io.rollcall.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.events.ApiKeyChanged;
import io.rollcall.support.tenant.ApiKeyGrant;
import io.rollcall.support.tenant.KeyDigests;
import io.rollcall.support.tenant.Scopes;
import io.rollcall.support.tenant.Tenant;
import io.rollcall.support.tenant.Tenants;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyRingTest {

  private final ApiKeyGrant configured = ApiKeyGrant.ofKey("configured", "acc-a", Scopes.ALL);
  private final KeyRing ring =
      new KeyRing(new Tenants(tenant("acc-a", configured), false, List.of(tenant("acc-b"))));

  private static Tenant tenant(String account, ApiKeyGrant... keys) {
    return new Tenant(
        account,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(keys),
        false,
        Optional.empty());
  }

  @Test
  void aCreatedKeyIsAcceptedFromItsMessageAndRefusedOnceRevoked() {
    String key = KeyDigests.newKey();
    String digest = KeyDigests.sha256Hex(key);
    Instant created = Instant.parse("2026-11-30T20:00:00Z");
    assertThat(ring.find(digest)).isEmpty();

    ring.apply(change(digest, created, null));
    assertThat(ring.find(digest))
        .hasValueSatisfying(
            g -> {
              assertThat(g.tenant()).isEqualTo("acc-b");
              assertThat(g.scopes()).isEqualTo(Set.of(Scopes.ATTENDANCE_READ));
            });

    ring.apply(change(digest, created, created.plusSeconds(60)));
    assertThat(ring.find(digest)).isEmpty();
  }

  @Test
  void aCreatedKeyOfATenantNoLongerConfiguredIsRefused() {
    String digest = KeyDigests.sha256Hex(KeyDigests.newKey());
    KeyRing withoutB = new KeyRing(new Tenants(tenant("acc-a", configured), false, List.of()));

    withoutB.apply(change(digest, Instant.parse("2026-11-30T20:00:00Z"), null));

    assertThat(withoutB.find(digest)).as("acc-b was removed from the tenants file").isEmpty();
  }

  @Test
  void configuredKeysAreKnownByDigestAndId() {
    assertThat(ring.find(KeyDigests.sha256Hex("configured"))).contains(configured);
    assertThat(ring.find(KeyDigests.sha256Hex("Configured"))).isEmpty();
    assertThat(ring.isConfigured(configured.keyId())).isTrue();
    assertThat(ring.isConfigured("key:000000000000")).isFalse();
  }

  @Test
  void newKeysAreLongRandomAndNeverLookLikeAJwt() {
    String a = KeyDigests.newKey();
    String b = KeyDigests.newKey();
    assertThat(a).isNotEqualTo(b).startsWith("rk_").hasSize(46);
    assertThat(ApiKeyAuthenticationMechanism.looksLikeJwt(a)).isFalse();
    assertThat(ApiKeyAuthenticationMechanism.looksLikeJwt("eyJhbGciOi.eyJzdWIiOi.c2ln")).isTrue();
    assertThat(ApiKeyAuthenticationMechanism.bearer("bearer  abc ")).isEqualTo("abc");
    assertThat(ApiKeyAuthenticationMechanism.bearer("Basic abc")).isNull();
    assertThat(ApiKeyAuthenticationMechanism.bearer("Bearer ")).isNull();
    assertThat(ApiKeyAuthenticationMechanism.bearer(null)).isNull();
  }

  private static ApiKeyChanged change(String digest, Instant created, Instant revoked) {
    return new ApiKeyChanged(
        ApiKeyChanged.SCHEMA_VERSION,
        java.util.UUID.randomUUID().toString(),
        KeyDigests.idOf(digest),
        "acc-b",
        digest,
        List.of(Scopes.ATTENDANCE_READ),
        "reader",
        created,
        revoked);
  }
}
