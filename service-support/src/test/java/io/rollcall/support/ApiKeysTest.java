package io.rollcall.support;

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
    assertThat(keys.accepts("Bearer ")).isFalse();
    assertThat(keys.accepts("Basic alpha-key")).isFalse();
  }

  @Test
  void noConfiguredKeysRefuseEverything() {
    assertThat(new ApiKeys(List.of()).accepts("Bearer ")).isFalse();
    assertThat(new ApiKeys(List.of("")).accepts("Bearer  ")).isFalse();
  }
}
