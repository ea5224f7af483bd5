package io.rollcall.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalUnionTest {

  private static final Instant T0 = Instant.parse("2026-09-14T15:00:00Z");

  private static Interval minutes(int from, int to) {
    return new Interval(T0.plusSeconds(60L * from), T0.plusSeconds(60L * to));
  }

  @Test
  void overlappingIntervalsCountOnce() {
    assertThat(IntervalUnion.length(List.of(minutes(0, 30), minutes(10, 40))))
        .isEqualTo(Duration.ofMinutes(40));
  }

  @Test
  void intervalInsideAnotherAddsNothing() {
    assertThat(IntervalUnion.length(List.of(minutes(0, 60), minutes(10, 20))))
        .isEqualTo(Duration.ofMinutes(60));
  }

  @Test
  void gapBetweenIntervalsIsNotCounted() {
    assertThat(IntervalUnion.length(List.of(minutes(0, 10), minutes(15, 25))))
        .isEqualTo(Duration.ofMinutes(20));
  }

  @Test
  void touchingIntervalsMergeIntoOne() {
    assertThat(IntervalUnion.merge(List.of(minutes(10, 20), minutes(0, 10))))
        .containsExactly(minutes(0, 20));
  }

  @Test
  void zeroLengthIntervalIsDropped() {
    assertThat(IntervalUnion.merge(List.of(minutes(5, 5), minutes(10, 12))))
        .containsExactly(minutes(10, 12));
  }

  @Test
  void endBeforeStartFromClockSkewCountsZero() {
    assertThat(IntervalUnion.length(List.of(minutes(10, 9)))).isEqualTo(Duration.ZERO);
  }

  @Test
  void unsortedInputGivesSortedDisjointOutput() {
    assertThat(IntervalUnion.merge(List.of(minutes(30, 40), minutes(0, 5), minutes(3, 8))))
        .containsExactly(minutes(0, 8), minutes(30, 40));
  }

  @Test
  void noIntervalsHaveNoLength() {
    assertThat(IntervalUnion.length(List.of())).isEqualTo(Duration.ZERO);
  }
}
