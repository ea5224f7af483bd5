package io.rollcall.meeting.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff maxJitter =
      new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), () -> 1.0);

  @Test
  void delayDoublesPerRetryUpToTheCap() {
    assertThat(maxJitter.delay(1, null)).isEqualTo(Duration.ofMillis(100));
    assertThat(maxJitter.delay(2, null)).isEqualTo(Duration.ofMillis(200));
    assertThat(maxJitter.delay(3, null)).isEqualTo(Duration.ofMillis(400));
    assertThat(maxJitter.delay(10, null)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void jitterStaysWithinHalfToFullOfTheStep() {
    Backoff minJitter = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), () -> 0.0);
    assertThat(minJitter.delay(2, null)).isEqualTo(Duration.ofMillis(100));
  }

  @Test
  void retryAfterLongerThanBackoffWins() {
    assertThat(maxJitter.delay(1, Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void retryAfterShorterThanBackoffDoesNotShortenIt() {
    assertThat(maxJitter.delay(3, Duration.ofMillis(10))).isEqualTo(Duration.ofMillis(400));
  }
}
