package io.rollcall.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReconciliationScheduleTest {
  private static final Instant NOW = Instant.parse("2026-09-14T16:00:00Z");
  private final ReconciliationSchedule schedule =
      new ReconciliationSchedule(Duration.ofMinutes(2), Duration.ofMinutes(30), 4);

  @Test
  void theFetchAfterAnEndIsDueTheDelayAfterItArrived() {
    assertThat(ReconciliationSchedule.afterEnd(NOW, Duration.ofMinutes(10)))
        .isEqualTo(NOW.plus(Duration.ofMinutes(10)));
  }

  @Test
  void aReportNotReadyIsTriedAgainWithDoublingWaitsUntilTheAttemptsRunOut() {
    assertThat(schedule.after(FetchFailure.NOT_READY, 0, null, NOW))
        .isEqualTo(new ReconciliationSchedule.Next(false, NOW.plusSeconds(120), 1));
    assertThat(schedule.after(FetchFailure.NOT_READY, 1, null, NOW).dueAt())
        .isEqualTo(NOW.plusSeconds(240));
    assertThat(schedule.after(FetchFailure.FAILING, 2, null, NOW).dueAt())
        .isEqualTo(NOW.plusSeconds(480));
    assertThat(schedule.after(FetchFailure.NOT_READY, 3, null, NOW))
        .isEqualTo(new ReconciliationSchedule.Next(true, NOW, 4));
  }

  @Test
  void theWaitNeverExceedsTheMaximum() {
    ReconciliationSchedule many =
        new ReconciliationSchedule(Duration.ofMinutes(2), Duration.ofMinutes(30), 100);
    assertThat(many.after(FetchFailure.NOT_READY, 40, null, NOW).dueAt())
        .isEqualTo(NOW.plus(Duration.ofMinutes(30)));
  }

  @Test
  void aRateLimitWaitsForZoomsRetryAfterWithoutUsingAnAttempt() {
    assertThat(schedule.after(FetchFailure.RATE_LIMITED, 3, Duration.ofHours(8), NOW))
        .isEqualTo(new ReconciliationSchedule.Next(false, NOW.plus(Duration.ofHours(8)), 3));
    assertThat(schedule.after(FetchFailure.RATE_LIMITED, 0, null, NOW).dueAt())
        .isEqualTo(NOW.plusSeconds(120));
    assertThat(schedule.after(FetchFailure.UNAVAILABLE, 3, null, NOW))
        .isEqualTo(new ReconciliationSchedule.Next(false, NOW.plusSeconds(120), 3));
  }

  @Test
  void aRefusalGivesUpAtOnce() {
    assertThat(schedule.after(FetchFailure.REFUSED, 0, null, NOW).giveUp()).isTrue();
  }
}
