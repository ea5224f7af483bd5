package io.rollcall.meeting.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryAfterBackoffTest {
  private static final RuntimeException NO_RETRY_AFTER =
      new ZoomApiException("op", 503, null, "", null);

  private static RetryAfterBackoff backoff(double jitter) {
    return new RetryAfterBackoff(Duration.ofMillis(100), Duration.ofSeconds(1), () -> jitter);
  }

  private static ZoomApiException retryAfter(Duration wait) {
    return new ZoomApiException("op", 429, null, "", wait);
  }

  @Test
  void delayDoublesPerRetryUpToTheCap() {
    RetryAfterBackoff maxJitter = backoff(1.0);
    assertThat(maxJitter.nextDelayInMillis(NO_RETRY_AFTER)).isEqualTo(100);
    assertThat(maxJitter.nextDelayInMillis(NO_RETRY_AFTER)).isEqualTo(200);
    assertThat(maxJitter.nextDelayInMillis(NO_RETRY_AFTER)).isEqualTo(400);
    for (int retry = 4; retry < 10; retry++) {
      maxJitter.nextDelayInMillis(NO_RETRY_AFTER);
    }
    assertThat(maxJitter.nextDelayInMillis(NO_RETRY_AFTER)).isEqualTo(1000);
  }

  @Test
  void jitterStaysWithinHalfToFullOfTheStep() {
    RetryAfterBackoff minJitter = backoff(0.0);
    minJitter.nextDelayInMillis(NO_RETRY_AFTER);
    assertThat(minJitter.nextDelayInMillis(NO_RETRY_AFTER)).isEqualTo(100);
  }

  @Test
  void retryAfterLongerThanBackoffWins() {
    assertThat(backoff(1.0).nextDelayInMillis(retryAfter(Duration.ofSeconds(3)))).isEqualTo(3000);
  }

  @Test
  void retryAfterShorterThanBackoffDoesNotShortenIt() {
    RetryAfterBackoff maxJitter = backoff(1.0);
    maxJitter.nextDelayInMillis(NO_RETRY_AFTER);
    maxJitter.nextDelayInMillis(NO_RETRY_AFTER);
    assertThat(maxJitter.nextDelayInMillis(retryAfter(Duration.ofMillis(10)))).isEqualTo(400);
  }

  @Test
  void eachCallStartsFromTheBaseDelay() {
    backoff(1.0).nextDelayInMillis(NO_RETRY_AFTER);
    assertThat(backoff(1.0).nextDelayInMillis(NO_RETRY_AFTER)).isEqualTo(100);
  }
}
