package io.rollcall.meeting.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-05-30T23:59:30Z");

  @Test
  void deltaSecondsAreReadAsSeconds() {
    assertThat(RetryAfter.parse("7", NOW)).contains(Duration.ofSeconds(7));
  }

  @Test
  void httpDateIsReadAsInstantRelativeToNow() {
    assertThat(RetryAfter.parse("Sat, 30 May 2026 23:59:45 GMT", NOW))
        .contains(Duration.ofSeconds(15));
  }

  @Test
  void isoDateTimeAsInZoomsDocsIsReadAsInstant() {
    assertThat(RetryAfter.parse("2026-05-31T00:00:00Z", NOW)).contains(Duration.ofSeconds(30));
  }

  @Test
  void pastDateMeansNoWait() {
    assertThat(RetryAfter.parse("2020-05-31T00:00:00Z", NOW)).contains(Duration.ZERO);
  }

  @Test
  void missingOrGarbageHeaderGivesNothing() {
    assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    assertThat(RetryAfter.parse(" ", NOW)).isEmpty();
    assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
  }
}
