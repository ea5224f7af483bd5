package io.rollcall.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Accounts: registration rules and which account a user belongs to. */
class AccountsTest {

  private static final AccountCredentials FIRST =
      new AccountCredentials("acct-1", "client-1", "secret-1", "wh-1");
  private static final AccountCredentials SECOND =
      new AccountCredentials("acct-2", "client-2", "secret-2", "wh-2");

  private final Accounts accounts = new Accounts(FIRST, true, new Ids(42));

  @Test
  void registeringIsIdempotentForIdenticalCredentialsAndRefusesConflictingOnes() {
    assertThat(accounts.register(SECOND)).isEqualTo(Accounts.Registration.CREATED);
    assertThat(accounts.register(SECOND)).isEqualTo(Accounts.Registration.UNCHANGED);
    assertThat(accounts.register(SECOND.withWebhookSecret("other")))
        .isEqualTo(Accounts.Registration.ACCOUNT_ID_TAKEN);
    assertThat(accounts.register(new AccountCredentials("acct-3", "client-2", "x", "y")))
        .isEqualTo(Accounts.Registration.CLIENT_ID_TAKEN);
    assertThat(accounts.ids()).containsExactly("acct-1", "acct-2");
  }

  @Test
  void anAutoLicensedHostJoinsTheAccountThatFirstUsedItAndIsUnknownToTheOthers() {
    accounts.register(SECOND);
    ZoomUser host = accounts.host("acct-2", "Host@Two.test");

    assertThat(accounts.host("acct-2", host.id())).isEqualTo(host);
    assertThatThrownBy(() -> accounts.host("acct-1", "host@two.test"))
        .isInstanceOfSatisfying(
            ZoomApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.code()).isEqualTo(1001);
              assertThat(e.getMessage()).isEqualTo("User does not exist: host@two.test.");
            });
    assertThatThrownBy(() -> accounts.host("acct-1", host.id()))
        .isInstanceOf(ZoomApiException.class);
    assertThat(accounts.find("acct-1").orElseThrow().users()).isEmpty();
  }

  @Test
  void aUserSignedInFromAnotherSimulatedAccountIsExternalWithTheirOwnId() {
    accounts.register(SECOND);
    ZoomUser host = accounts.host("acct-2", "host@two.test");

    ZoomUser seenByFirst = accounts.signedIn("acct-1", "host@two.test");
    ZoomUser seenBySecond = accounts.signedIn("acct-2", "host@two.test");

    assertThat(seenByFirst.internal()).isFalse();
    assertThat(seenByFirst.id()).isEqualTo(host.id());
    assertThat(seenBySecond).isEqualTo(host);
    assertThat(accounts.signedIn("acct-1", "someone@elsewhere.test").internal()).isFalse();
  }

  @Test
  void resetForgetsUsersButKeepsAccountsAndTheirSecrets() {
    accounts.register(SECOND);
    accounts.host("acct-2", "host@two.test");
    accounts.webhookSecret("acct-2", "wh-2-rotated");

    accounts.reset(new Ids(7));

    assertThat(accounts.ids()).containsExactly("acct-1", "acct-2");
    assertThat(accounts.find("acct-2").orElseThrow().users()).isEmpty();
    assertThat(accounts.webhookSecret("acct-2")).isEqualTo("wh-2-rotated");
    assertThat(accounts.webhookSecret("acct-1")).isEqualTo("wh-1");
  }

  @Test
  void credentialsNeverPrintTheirSecrets() {
    assertThat(SECOND.toString()).contains("acct-2").doesNotContain("secret-2", "wh-2");
    assertThat(SECOND.acceptsClient("client-2", "secret-2")).isTrue();
    assertThat(SECOND.acceptsClient("client-2", "secret-1")).isFalse();
    assertThat(SECOND.acceptsClient("client-1", "secret-2")).isFalse();
  }
}
