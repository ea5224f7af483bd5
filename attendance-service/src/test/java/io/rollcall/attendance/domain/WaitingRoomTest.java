package io.rollcall.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitingRoomTest {

  private static final Instant T0 = Instant.parse("2026-09-14T15:00:00Z");

  private static Instant at(int minute) {
    return T0.plusSeconds(60L * minute);
  }

  @Test
  void marksRecordedOutOfOrderPairIntoTheSameStays() {
    List<WaitingMark> marks =
        List.of(
            new WaitingMark(at(12), false),
            new WaitingMark(at(0), true),
            new WaitingMark(at(10), true),
            new WaitingMark(at(2), false));

    assertThat(WaitingRoom.stays(marks, at(60)))
        .containsExactly(new Interval(at(0), at(2)), new Interval(at(10), at(12)));
  }

  @Test
  void openStayEndsAtTheHorizon() {
    assertThat(WaitingRoom.stays(List.of(new WaitingMark(at(5), true)), at(8)))
        .containsExactly(new Interval(at(5), at(8)));
  }

  @Test
  void exitWithoutEntryIsIgnored() {
    assertThat(WaitingRoom.stays(List.of(new WaitingMark(at(5), false)), at(8))).isEmpty();
  }

  @Test
  void admittedInTheSecondOfArrivalIsAStayOfZeroSecondsInEitherOrder() {
    WaitingMark in = new WaitingMark(at(3), true);
    WaitingMark out = new WaitingMark(at(3), false);

    assertThat(WaitingRoom.stays(List.of(in, out), at(60)))
        .containsExactly(new Interval(at(3), at(3)));
    assertThat(WaitingRoom.stays(List.of(out, in), at(60)))
        .containsExactly(new Interval(at(3), at(3)));
  }

  @Test
  void leavingAndComingBackInOneSecondMakesTwoStaysInEitherOrder() {
    WaitingMark first = new WaitingMark(at(0), true);
    WaitingMark out = new WaitingMark(at(4), false);
    WaitingMark backIn = new WaitingMark(at(4), true);
    WaitingMark admitted = new WaitingMark(at(6), false);
    List<Interval> expected = List.of(new Interval(at(0), at(4)), new Interval(at(4), at(6)));

    assertThat(WaitingRoom.stays(List.of(first, out, backIn, admitted), at(60)))
        .containsExactlyElementsOf(expected);
    assertThat(WaitingRoom.stays(List.of(first, backIn, out, admitted), at(60)))
        .containsExactlyElementsOf(expected);
  }
}
