package io.rollcall.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {

  @Test
  void trackedTokenHasAtLeast128RandomBitsAndIsUrlSafe() {
    String token = Tokens.trackedToken();
    assertThat(Base64.getUrlDecoder().decode(token)).hasSizeGreaterThanOrEqualTo(16);
    assertThat(token).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void customerKeyIsAlphanumericWithinZoomsThirtyFiveCharacters() {
    String key = Tokens.customerKey();
    assertThat(key).hasSizeLessThanOrEqualTo(35).matches("[A-Za-z0-9]+");
  }

  @Test
  void tokensDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertThat(seen.add(Tokens.customerKey())).isTrue();
      assertThat(seen.add(Tokens.trackedToken())).isTrue();
      assertThat(seen.add(Tokens.linkId())).isTrue();
    }
  }
}
