package io.rollcall.attendance.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiKeyIdsTest {

  @Test
  void theIdIsTheFirst12HexDigitsOfTheKeysSha256NeverTheKey() {
    String id = ApiKeyIds.of("Bearer test-key-1");

    // printf 'test-key-1' | sha256sum | cut -c1-12
    assertThat(id).isEqualTo("key:1255558df586");
    assertThat(ApiKeyIds.of("bearer  test-key-1 ")).isEqualTo(id);
    assertThat(ApiKeyIds.of("Bearer test-key-2")).isNotEqualTo(id);
  }

  @Test
  void aHeaderWithoutABearerKeyHasNoId() {
    assertThatThrownBy(() -> ApiKeyIds.of(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ApiKeyIds.of("Basic abc"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
