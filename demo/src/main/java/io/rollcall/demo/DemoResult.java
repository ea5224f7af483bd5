package io.rollcall.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one demo run produced.
 *
 * @param scenarioStart time zero of the scenario clock (the scheduled start)
 * @param attendance attendance-service's answer once it reflected the meeting's end
 * @param zoomSaid every connection as Zoom's webhooks described it, in join order
 * @param took wall-clock time of the run
 */
public record DemoResult(
    String meetingId,
    String topic,
    Instant scenarioStart,
    Attendance attendance,
    List<ZoomConnection> zoomSaid,
    Duration took) {

  public DemoResult {
    zoomSaid = List.copyOf(zoomSaid);
  }
}
