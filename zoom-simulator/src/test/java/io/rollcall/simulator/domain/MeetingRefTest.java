package io.rollcall.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** ZOOM-FACTS §2.1: which uuids need double encoding, and what a path segment resolves to. */
class MeetingRefTest {

  @Test
  void aMeetingNumberIsANumber() {
    assertThat(MeetingRef.parse("83011223344").number()).isEqualTo(83011223344L);
  }

  @Test
  void aUuidStartingWithSlashDecodesFromDoubleEncoding() {
    assertThat(MeetingRef.parse("%252FajXp112QmuoKj4854875%253D%253D").uuid())
        .isEqualTo("/ajXp112QmuoKj4854875==");
  }

  @Test
  void aUuidStartingWithSlashSentSingleEncodedDoesNotResolve() {
    assertThatThrownBy(() -> MeetingRef.parse("%2FajXp112QmuoKj4854875%3D%3D"))
        .isInstanceOf(ZoomApiException.class);
  }

  @Test
  void anOrdinaryUuidIsSingleEncodedAndKeepsItsPlus() {
    assertThat(MeetingRef.parse("rT7xQb%2B4S3q0m%2F1Zc9Lw2A%3D%3D").uuid())
        .isEqualTo("rT7xQb+4S3q0m/1Zc9Lw2A==");
    assertThat(MeetingRef.needsDoubleEncoding("rT7xQb+4S3q0m/1Zc9Lw2A==")).isFalse();
    assertThat(MeetingRef.needsDoubleEncoding("ab//cd==")).isTrue();
  }
}
