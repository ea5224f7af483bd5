package io.rollcall.attendance.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** Pairs waiting-room marks into stays, whatever order the marks were recorded in. */
public final class WaitingRoom {

  private WaitingRoom() {}

  /**
   * The stays described by {@code marks}. An exit without an entry is ignored (Zoom does not always
   * send both); a stay still open ends at {@code horizon}. Marks of the same second are read in the
   * order that pairs them: with a stay open, its exit comes first (a person who left and came back
   * in the same second); with none open, the entry comes first (a person admitted in the second
   * they arrived: a stay of zero seconds, not one that never ends).
   */
  public static List<Interval> stays(List<WaitingMark> marks, Instant horizon) {
    List<Interval> stays = new ArrayList<>();
    Instant enteredAt = null;
    List<WaitingMark> sorted = new ArrayList<>(marks);
    sorted.sort(BY_TIME);
    for (int i = 0; i < sorted.size(); i++) {
      WaitingMark mark = sorted.get(i);
      WaitingMark next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
      if (next != null
          && next.at().equals(mark.at())
          && next.entered() != mark.entered()
          && mark.entered() == (enteredAt != null)) {
        Collections.swap(sorted, i, i + 1);
        mark = next;
      }
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

  private static final Comparator<WaitingMark> BY_TIME = Comparator.comparing(WaitingMark::at);
}
