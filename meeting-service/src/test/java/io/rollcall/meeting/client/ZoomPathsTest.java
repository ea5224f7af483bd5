package io.rollcall.meeting.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZoomPathsTest {

  @Test
  void meetingNumberIsUnchanged() {
    assertThat(ZoomPaths.meeting("83011223344")).isEqualTo("83011223344");
  }

  @Test
  void ordinaryUuidIsEncodedOnce() {
    assertThat(ZoomPaths.meeting("rT7xQb+4S3q0m/1Zc9Lw2A=="))
        .isEqualTo("rT7xQb%2B4S3q0m%2F1Zc9Lw2A%3D%3D");
  }

  @Test
  void uuidStartingWithSlashIsEncodedTwice() {
    assertThat(ZoomPaths.meeting("/ajXp112QmuoKj4854875=="))
        .isEqualTo("%252FajXp112QmuoKj4854875%253D%253D");
  }

  @Test
  void uuidContainingDoubleSlashIsEncodedTwice() {
    assertThat(ZoomPaths.meeting("ab//cd==")).isEqualTo("ab%252F%252Fcd%253D%253D");
  }

  @Test
  void emailSegmentIsEncoded() {
    assertThat(ZoomPaths.segment("a+b@example.com")).isEqualTo("a%2Bb%40example.com");
  }
}
