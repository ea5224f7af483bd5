package io.rollcall.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JoinUrlsTest {

  @Test
  void registrantTokenIsReadFromTheJoinUrl() {
    assertThat(JoinUrls.registrantToken("https://us02web.zoom.us/w/83011223344?tk=ab.c-D%3D&pwd=x"))
        .contains("ab.c-D=");
  }

  @Test
  void genericJoinUrlHasNoRegistrantToken() {
    assertThat(JoinUrls.registrantToken("https://zoom.us/j/83011223344?pwd=x")).isEmpty();
  }

  @Test
  void startUrlsAndZakParametersAreHostCredentials() {
    assertThat(JoinUrls.carriesHostCredentials("https://zoom.us/s/83011223344?zak=eyJ")).isTrue();
    assertThat(JoinUrls.carriesHostCredentials("https://zoom.us/w/83011223344?tk=a&zak=b"))
        .isTrue();
    assertThat(JoinUrls.carriesHostCredentials("https://zoom.us/w/83011223344?tk=a")).isFalse();
  }
}
