package io.rollcall.meeting.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final AtomicLong nanos = new AtomicLong();
  private final RateLimiter limiter =
      new RateLimiter(
          Map.of(ApiClass.LIGHT, 4.0, ApiClass.HEAVY, 1.0), nanos::get); // Zoom's Free plan

  @Test
  void burstUpToOneSecondOfPermitsGoesOutAtOnce() {
    for (int i = 0; i < 4; i++) {
      assertThat(limiter.reserve(ApiClass.LIGHT)).isZero();
    }
    assertThat(limiter.reserve(ApiClass.LIGHT)).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void queuedCallersAreSpacedAtTheClassRate() {
    assertThat(limiter.reserve(ApiClass.HEAVY)).isZero();
    assertThat(limiter.reserve(ApiClass.HEAVY)).isEqualTo(Duration.ofSeconds(1));
    assertThat(limiter.reserve(ApiClass.HEAVY)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void permitsRefillWithTime() {
    limiter.reserve(ApiClass.HEAVY);
    nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(limiter.reserve(ApiClass.HEAVY)).isZero();
  }

  @Test
  void classesAreLimitedIndependently() {
    limiter.reserve(ApiClass.HEAVY);
    assertThat(limiter.reserve(ApiClass.LIGHT)).isZero();
  }

  @Test
  void unconfiguredClassIsNotLimited() {
    for (int i = 0; i < 100; i++) {
      assertThat(limiter.reserve(ApiClass.MEDIUM)).isZero();
    }
  }
}
