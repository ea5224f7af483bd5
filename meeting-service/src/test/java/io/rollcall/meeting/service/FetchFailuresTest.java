package io.rollcall.meeting.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.meeting.client.ZoomApiException;
import io.rollcall.meeting.client.ZoomUnavailableException;
import io.rollcall.meeting.domain.FetchFailure;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FetchFailuresTest {

  @Test
  void zoomsAnswersMeanNotReadyRateLimitedFailingOrRefused() {
    assertThat(FetchFailures.classify(zoom(404, 3001))).isEqualTo(FetchFailure.NOT_READY);
    assertThat(FetchFailures.classify(zoom(429, 429))).isEqualTo(FetchFailure.RATE_LIMITED);
    assertThat(FetchFailures.classify(zoom(503, null))).isEqualTo(FetchFailure.FAILING);
    assertThat(FetchFailures.classify(zoom(0, null))).isEqualTo(FetchFailure.FAILING);
    assertThat(FetchFailures.classify(zoom(401, 124))).isEqualTo(FetchFailure.FAILING);
    assertThat(FetchFailures.classify(zoom(400, 12702))).isEqualTo(FetchFailure.REFUSED);
    assertThat(FetchFailures.classify(zoom(403, 200))).isEqualTo(FetchFailure.REFUSED);
  }

  @Test
  void aPausedClientOrAnUnreadablePageAreNotRefusals() {
    assertThat(FetchFailures.classify(new ZoomUnavailableException("open")))
        .isEqualTo(FetchFailure.UNAVAILABLE);
    assertThat(FetchFailures.classify(new IllegalStateException("more than 1000 pages")))
        .isEqualTo(FetchFailure.FAILING);
  }

  private static ZoomApiException zoom(int status, Integer code) {
    return new ZoomApiException("report_participants", status, code, "x", Duration.ZERO);
  }
}
