package io.rollcall.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeysTest {
  private final ApiKeys keys = new ApiKeys(List.of("alpha-key", " beta-key ", ""));

  @Test
  void anyConfiguredKeyIsAcceptedAsBearer() {
    assertThat(keys.accepts("Bearer alpha-key")).isTrue();
    assertThat(keys.accepts("bearer beta-key")).isTrue();
  }

  @Test
  void wrongMissingOrNonBearerCredentialsAreRefused() {
    assertThat(keys.accepts("Bearer alpha-ke")).isFalse();
    assertThat(keys.accepts(null)).isFalse();
    assertThat(keys.accepts("Basic alpha-key")).isFalse();
    assertThat(keys.accepts("Bearer ")).isFalse();
  }

  @Test
  void noConfiguredKeysRefusesEverything() {
    assertThat(new ApiKeys(List.of()).accepts("Bearer anything")).isFalse();
  }
}
