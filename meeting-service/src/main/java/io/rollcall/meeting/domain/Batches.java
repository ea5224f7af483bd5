package io.rollcall.meeting.domain;

import java.util.ArrayList;
import java.util.List;

/** Splits work into Zoom-sized chunks. */
public final class Batches {
  private Batches() {}

  public static <T> List<List<T>> split(List<T> items, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("batch size must be positive");
    }
    List<List<T>> batches = new ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      batches.add(List.copyOf(items.subList(from, Math.min(items.size(), from + size))));
    }
    return batches;
  }

  /** Zoom's batch registration exists for scheduled meetings (type 2) only. */
  public static boolean zoomBatchAllowed(int meetingType) {
    return meetingType == 2;
  }
}
