package io.rollcall.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rollcall.ingest.domain.TenantSecrets.Outcome;
import io.rollcall.ingest.domain.TenantSecrets.Refusal;
import io.rollcall.ingest.domain.WebhookVerifier.SignedHeaders;
import io.rollcall.support.tenant.Tenant;
import io.rollcall.support.tenant.Tenants;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which tenant's secrets verify a webhook: by account, rotation, unknown accounts, no account. */
class TenantSecretsTest {
  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
  private static final String TS = String.valueOf(NOW.getEpochSecond());
  private static final Duration WINDOW = Duration.ofMinutes(5);
  private static final byte[] BODY = "{\"event\":\"x\"}".getBytes(StandardCharsets.UTF_8);

  private static final Tenant A = tenant("AcctA", "secret-a");
  private static final Tenant B = tenant("AcctB", "secret-b-new", "secret-b-old");

  /** A has ROLLCALL_ZOOM_ACCOUNT_ID set: it takes no account but its own. */
  private final TenantSecrets named = new TenantSecrets(new Tenants(A, false, List.of(B)));

  private static Tenant tenant(String account, String... secrets) {
    return new Tenant(
        account,
        Optional.empty(),
        Optional.empty(),
        List.of(secrets),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        false,
        Optional.empty());
  }

  private static SignedHeaders signedWith(String secret) {
    return WebhookVerifier.readHeaders(TS, WebhookVerifier.sign(secret, TS, BODY), NOW, WINDOW);
  }

  @Test
  void anEventIsVerifiedWithTheSecretOfTheTenantItsAccountNames() {
    Outcome outcome = named.verifyEvent("AcctB", signedWith("secret-b-new"), BODY);

    assertThat(outcome.verified()).isTrue();
    assertThat(outcome.tenant()).isEqualTo(B);
    assertThat(new String(outcome.secret(), StandardCharsets.UTF_8)).isEqualTo("secret-b-new");
  }

  @Test
  void eachTenantRotatesOnItsOwnEitherOfItsSecretsVerifies() {
    Outcome outcome = named.verifyEvent("AcctB", signedWith("secret-b-old"), BODY);

    assertThat(outcome.verified()).isTrue();
    assertThat(new String(outcome.secret(), StandardCharsets.UTF_8)).isEqualTo("secret-b-old");
  }

  @Test
  void anEventSignedWithAnotherTenantsSecretIsRefusedAsASignatureMismatch() {
    Outcome outcome = named.verifyEvent("AcctB", signedWith("secret-a"), BODY);

    assertThat(outcome.verified()).isFalse();
    assertThat(outcome.refusal()).isEqualTo(Refusal.SIGNATURE);
    assertThat(outcome.detail()).contains("does not match");
    assertThat(outcome.tenant()).isNull();
  }

  @Test
  void anUnknownAccountIsRefusedWhenTheDefaultAccountIsNamed() {
    Outcome outcome = named.verifyEvent("AcctStranger", signedWith("secret-a"), BODY);

    assertThat(outcome.refusal()).isEqualTo(Refusal.UNKNOWN_ACCOUNT);
    assertThat(outcome.refusal().metricReason()).isEqualTo("unknown_account");
    assertThat(outcome.detail())
        .as("the detail of a wrong signature")
        .isEqualTo(named.verifyEvent("AcctA", signedWith("not-a-secret"), BODY).detail())
        .doesNotContain("AcctStranger");
  }

  @Test
  void anEventWithoutAccountIsRefusedWhenTheDefaultAccountIsNamed() {
    assertThat(named.verifyEvent(null, signedWith("secret-a"), BODY).refusal())
        .isEqualTo(Refusal.UNKNOWN_ACCOUNT);
  }

  @Test
  void withoutADefaultAccountIdTheDefaultTenantTakesEveryUnknownAccountAsBeforeTenants() {
    Tenant unnamed = tenant(Tenants.UNNAMED_DEFAULT, "secret-a");
    TenantSecrets single = new TenantSecrets(new Tenants(unnamed, true, List.of()));

    Outcome anyAccount = single.verifyEvent("AcctWhatever", signedWith("secret-a"), BODY);
    Outcome noAccount = single.verifyEvent(null, signedWith("secret-a"), BODY);

    assertThat(anyAccount.verified()).isTrue();
    assertThat(anyAccount.tenant().accountId()).isEqualTo(Tenants.UNNAMED_DEFAULT);
    assertThat(noAccount.verified()).isTrue();
  }

  @Test
  void aTenantOfTheFileStillGetsOnlyItsOwnSecretWhenTheDefaultTakesUnknownAccounts() {
    Tenant unnamed = tenant(Tenants.UNNAMED_DEFAULT, "secret-a");
    TenantSecrets mixed = new TenantSecrets(new Tenants(unnamed, true, List.of(B)));

    assertThat(mixed.verifyEvent("AcctB", signedWith("secret-a"), BODY).refusal())
        .isEqualTo(Refusal.SIGNATURE);
    assertThat(mixed.verifyEvent("AcctB", signedWith("secret-b-new"), BODY).tenant()).isEqualTo(B);
  }

  @Test
  void aTenantWithoutSecretsHasItsEventsRefused() {
    Tenant bare = tenant("AcctBare");
    TenantSecrets withBare = new TenantSecrets(new Tenants(A, false, List.of(bare)));

    assertThat(withBare.verifyEvent("AcctBare", signedWith("secret-a"), BODY).refusal())
        .isEqualTo(Refusal.SIGNATURE);
  }

  @Test
  void aRequestNamingNoAccountIsVerifiedWithWhicheverTenantsSecretSignedIt() {
    Outcome byB = named.verifyAnyTenant(signedWith("secret-b-old"), BODY);
    Outcome byA = named.verifyAnyTenant(signedWith("secret-a"), BODY);
    Outcome byNobody = named.verifyAnyTenant(signedWith("secret-nobody-has"), BODY);

    assertThat(byB.tenant()).isEqualTo(B);
    assertThat(new String(byB.secret(), StandardCharsets.UTF_8)).isEqualTo("secret-b-old");
    assertThat(byA.tenant()).isEqualTo(A);
    assertThat(byNobody.refusal()).isEqualTo(Refusal.SIGNATURE);
  }

  @Test
  void aSecretSharedByTenantsOfOnePublishedAppVerifiesEachTenantsEvents() {
    Tenant c = tenant("AcctC", "shared-app-secret");
    Tenant d = tenant("AcctD", "shared-app-secret");
    TenantSecrets shared = new TenantSecrets(new Tenants(A, false, List.of(c, d)));

    assertThat(shared.verifyEvent("AcctD", signedWith("shared-app-secret"), BODY).tenant())
        .isEqualTo(d);
    assertThat(shared.verifyAnyTenant(signedWith("shared-app-secret"), BODY).verified()).isTrue();
  }

  @Test
  void headersThatFailTheCheapChecksAreRefusedBeforeTheAccountIsLookedAt() {
    SignedHeaders stale =
        WebhookVerifier.readHeaders(
            TS, WebhookVerifier.sign("secret-a", TS, BODY), NOW.plusSeconds(301), WINDOW);

    Outcome outcome = named.verifyEvent("AcctStranger", stale, BODY);

    assertThat(outcome.refusal()).isEqualTo(Refusal.SIGNATURE);
    assertThat(outcome.detail()).contains("replay window");
  }

  @Test
  void withoutAnySecretTokenTheServiceRefusesToStartSayingWhatToSet() {
    Tenant unnamed = tenant(Tenants.UNNAMED_DEFAULT);

    assertThatThrownBy(
            () -> new TenantSecrets(new Tenants(unnamed, true, List.of(tenant("AcctBare")))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ROLLCALL_ZOOM_WEBHOOK_SECRETS")
        .hasMessageContaining("ROLLCALL_TENANTS_FILE");
  }

  @Test
  void secretsFromTheTenantsFileAloneAreEnough() {
    Tenant unnamed = tenant("AcctA");
    TenantSecrets fileOnly = new TenantSecrets(new Tenants(unnamed, false, List.of(B)));

    assertThat(fileOnly.verifyEvent("AcctB", signedWith("secret-b-new"), BODY).verified()).isTrue();
    assertThat(fileOnly.verifyEvent("AcctA", signedWith("secret-b-new"), BODY).verified())
        .isFalse();
  }
}
