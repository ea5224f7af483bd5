package io.rollcall.attendance.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The union of intervals: two devices at the same time count once, a gap between a leave and a
 * rejoin does not count at all.
 */
public final class IntervalUnion {

  private IntervalUnion() {}

  /** The disjoint, sorted intervals covering exactly the non-empty parts of {@code intervals}. */
  public static List<Interval> merge(List<Interval> intervals) {
    List<Interval> sorted =
        intervals.stream()
            .filter(i -> !i.isEmpty())
            .sorted(Comparator.comparing(Interval::start))
            .toList();
    List<Interval> merged = new ArrayList<>();
    for (Interval next : sorted) {
      int last = merged.size() - 1;
      if (last >= 0 && !next.start().isAfter(merged.get(last).end())) {
        Interval current = merged.get(last);
        if (next.end().isAfter(current.end())) {
          merged.set(last, new Interval(current.start(), next.end()));
        }
      } else {
        merged.add(next);
      }
    }
    return merged;
  }

  /** The total length of the union. */
  public static Duration length(List<Interval> intervals) {
    return merge(intervals).stream().map(Interval::length).reduce(Duration.ZERO, Duration::plus);
  }
}
