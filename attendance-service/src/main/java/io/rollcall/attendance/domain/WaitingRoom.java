package io.rollcall.attendance.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Pairs waiting-room marks into stays, whatever order the marks were recorded in. */
public final class WaitingRoom {

  private static final Comparator<WaitingMark> BY_TIME_EXIT_FIRST =
      Comparator.comparing(WaitingMark::at).thenComparing(WaitingMark::entered);

  private WaitingRoom() {}

  /**
   * The stays described by {@code marks}. An exit without an entry is ignored (Zoom does not always
   * send both); a stay still open ends at {@code horizon}.
   */
  public static List<Interval> stays(List<WaitingMark> marks, Instant horizon) {
    List<Interval> stays = new ArrayList<>();
    Instant enteredAt = null;
    for (WaitingMark mark : marks.stream().sorted(BY_TIME_EXIT_FIRST).toList()) {
      if (mark.entered() && enteredAt == null) {
        enteredAt = mark.at();
      } else if (!mark.entered() && enteredAt != null) {
        stays.add(new Interval(enteredAt, mark.at()));
        enteredAt = null;
      }
    }
    if (enteredAt != null && horizon != null) {
      stays.add(new Interval(enteredAt, horizon));
    }
    return stays;
  }
}
