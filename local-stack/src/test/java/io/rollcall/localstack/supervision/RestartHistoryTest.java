package io.rollcall.localstack.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.localstack.supervision.RestartHistory.GiveUp;
import io.rollcall.localstack.supervision.RestartHistory.Restart;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;

class RestartHistoryTest {
  private Instant now = Instant.parse("2026-11-30T17:00:00Z");
  private final InstantSource clock = () -> now;
  private final RestartHistory history = new RestartHistory(RestartPolicy.DEFAULT, clock);

  @Test
  void firstDeathIsRestartedAfterOneSecond() {
    history.started();
    pass(Duration.ofSeconds(5));

    assertThat(history.died()).isEqualTo(new Restart(Duration.ofSeconds(1), 1));
  }

  @Test
  void deathsInARowDoubleTheWaitUpToThirtySeconds() {
    RestartHistory patient =
        new RestartHistory(
            new RestartPolicy(
                Duration.ofSeconds(1),
                Duration.ofSeconds(30),
                Duration.ofMinutes(1),
                100,
                Duration.ofMinutes(2)),
            clock);
    long[] waits = new long[8];
    for (int i = 0; i < waits.length; i++) {
      patient.started();
      pass(Duration.ofSeconds(2));
      waits[i] = ((Restart) patient.died()).delay().toSeconds();
    }

    assertThat(waits).containsExactly(1, 2, 4, 8, 16, 30, 30, 30);
  }

  @Test
  void aMinuteUpStartsTheBackoffOver() {
    history.started();
    pass(Duration.ofSeconds(3));
    history.died();
    history.started();
    pass(Duration.ofSeconds(3));
    assertThat(((Restart) history.died()).delay()).isEqualTo(Duration.ofSeconds(2));

    history.started();
    pass(Duration.ofSeconds(61));

    assertThat(history.died()).isEqualTo(new Restart(Duration.ofSeconds(1), 3));
  }

  @Test
  void fiveDeathsWithinTwoMinutesAreGivenUpOn() {
    for (int i = 0; i < 4; i++) {
      history.started();
      pass(Duration.ofSeconds(10));
      assertThat(history.died()).isInstanceOf(Restart.class);
    }
    history.started();
    pass(Duration.ofSeconds(10));

    assertThat(history.died()).isEqualTo(new GiveUp(5, Duration.ofMinutes(2)));
    assertThat(history.restarts()).isEqualTo(4);
  }

  @Test
  void deathsSpreadOverMoreThanTwoMinutesAreAlwaysRestarted() {
    for (int i = 0; i < 20; i++) {
      history.started();
      pass(Duration.ofSeconds(31));
      assertThat(history.died()).as("death %d", i + 1).isInstanceOf(Restart.class);
    }
    assertThat(history.restarts()).isEqualTo(20);
  }

  private void pass(Duration duration) {
    now = now.plus(duration);
  }
}
