package io.rollcall.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InstanceUuidsTest {

  @Test
  void aSinglyEncodedUuidIsDecodedWithItsPlusSlashAndEquals() {
    assertThat(InstanceUuids.fromPath("rT7xQb%2B4S3q0m%2F1Zc9Lw2A%3D%3D"))
        .isEqualTo("rT7xQb+4S3q0m/1Zc9Lw2A==");
  }

  @Test
  void aLiteralPlusStaysAPlus() {
    assertThat(InstanceUuids.fromPath("rT7xQb+4S3q0m%2F1Zc9Lw2A=="))
        .isEqualTo("rT7xQb+4S3q0m/1Zc9Lw2A==");
  }

  @Test
  void zoomsDoubleEncodingIsAcceptedToo() {
    assertThat(InstanceUuids.fromPath("%252FajXp112QmuoKj4854875%253D%253D"))
        .isEqualTo("/ajXp112QmuoKj4854875==");
    assertThat(InstanceUuids.fromPath("%2FajXp112QmuoKj4854875%3D%3D"))
        .isEqualTo("/ajXp112QmuoKj4854875==");
  }

  @Test
  void aRouterThatDecodedAlreadyLeavesTheUuidAsItIs() {
    assertThat(InstanceUuids.fromPath("/ajXp//112QmuoKj48==")).isEqualTo("/ajXp//112QmuoKj48==");
  }

  @Test
  void brokenEncodingIsABadRequest() {
    assertThatThrownBy(() -> InstanceUuids.fromPath("abc%2"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("percent-encoding");
  }
}
