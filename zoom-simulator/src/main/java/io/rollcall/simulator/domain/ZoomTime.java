package io.rollcall.simulator.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Zoom writes times as ISO 8601 UTC with second precision: 2026-09-14T15:02:07Z. */
public final class ZoomTime {

  private ZoomTime() {}

  public static String format(Instant instant) {
    return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
