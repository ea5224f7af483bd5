package io.rollcall.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionCountsTest {

  private static final Instant T0 = Instant.parse("2026-09-14T15:00:00Z");

  private static ConnectionState state(
      Instant join, Instant left, Instant reportJoin, Instant reportLeft) {
    return new ConnectionState(
        "u:1",
        "u:1",
        join,
        left,
        null,
        null,
        false,
        null,
        null,
        1,
        null,
        reportJoin,
        reportLeft,
        null);
  }

  @Test
  void aSessionTheReportAddsCountsAsAddedAndALateWebhookJoinTakesItBackAsChanged() {
    ConnectionState empty = ConnectionState.empty("u:1");
    ConnectionState fromReport = state(null, null, T0, T0.plusSeconds(600));
    ConnectionState webhookJoinLate = state(T0, null, T0, T0.plusSeconds(600));

    assertThat(SessionCounts.change(empty, fromReport)).isEqualTo(new SessionCounts(1, 0));
    assertThat(SessionCounts.change(fromReport, webhookJoinLate))
        .isEqualTo(new SessionCounts(-1, 1));
    assertThat(SessionCounts.change(fromReport, fromReport)).isEqualTo(SessionCounts.ZERO);
  }

  @Test
  void theExcessOverWhatWasCountedIsNeverNegative() {
    assertThat(new SessionCounts(3, 1).excessOver(new SessionCounts(1, 2)))
        .isEqualTo(new SessionCounts(2, 0));
    assertThat(new SessionCounts(1, 2).max(new SessionCounts(3, 1)))
        .isEqualTo(new SessionCounts(3, 2));
  }
}
