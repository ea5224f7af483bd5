package io.rollcall.meeting.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ZoomRetryRuleTest {
  private static final Duration MAX_WAIT = Duration.ofSeconds(10);

  private static ZoomApiException answered(int status) {
    return new ZoomApiException("op", status, null, "", null);
  }

  private static boolean retried(Throwable failure, boolean idempotent) {
    return ZoomRetryRule.retryable(failure, idempotent, MAX_WAIT);
  }

  @Test
  void rateLimitAndServiceUnavailableAreRetriedEvenForCreateMeeting() {
    assertThat(retried(answered(429), false)).isTrue();
    assertThat(retried(answered(503), false)).isTrue();
  }

  @Test
  void otherServerErrorsAreRetriedOnlyForIdempotentCalls() {
    assertThat(retried(answered(500), true)).isTrue();
    assertThat(retried(answered(502), true)).isTrue();
    assertThat(retried(answered(500), false)).isFalse();
  }

  @Test
  void noAnswerIsRetriedForIdempotentCallsOrWhenNothingWasSent() {
    ZoomApiException timedOut = answered(0);
    ZoomApiException refused = new ZoomApiException("op", 0, null, "", null, false, true);
    assertThat(retried(timedOut, true)).isTrue();
    assertThat(retried(timedOut, false)).isFalse();
    assertThat(retried(refused, false)).isTrue();
  }

  @Test
  void clientErrorsAreNeverRetried() {
    assertThat(retried(answered(400), true)).isFalse();
    assertThat(retried(answered(401), true)).isFalse();
    assertThat(retried(answered(404), true)).isFalse();
  }

  @Test
  void dailyLimitIsNotRetried() {
    ZoomApiException daily = new ZoomApiException("op", 429, null, "", null, true, false);
    assertThat(retried(daily, true)).isFalse();
  }

  @Test
  void retryAfterLongerThanTheMaximumWaitIsNotRetried() {
    ZoomApiException later = new ZoomApiException("op", 429, null, "", Duration.ofSeconds(11));
    ZoomApiException soon = new ZoomApiException("op", 429, null, "", Duration.ofSeconds(10));
    assertThat(retried(later, true)).isFalse();
    assertThat(retried(soon, true)).isTrue();
  }

  @Test
  void otherExceptionsAreNotRetried() {
    assertThat(retried(new ZoomUnavailableException("not configured"), true)).isFalse();
  }

  @Test
  void onlyUnreachableOrFailingZoomCountsAgainstTheCircuit() {
    assertThat(ZoomRetryRule.zoomFailing(answered(0))).isTrue();
    assertThat(ZoomRetryRule.zoomFailing(answered(500))).isTrue();
    assertThat(ZoomRetryRule.zoomFailing(answered(429))).isFalse();
    assertThat(ZoomRetryRule.zoomFailing(answered(404))).isFalse();
    assertThat(ZoomRetryRule.zoomFailing(new IllegalStateException())).isTrue();
    assertThat(ZoomRetryRule.zoomFailing(new ZoomUnavailableException("tenant not configured")))
        .as("one tenant's missing credentials say nothing of Zoom")
        .isFalse();
  }
}
