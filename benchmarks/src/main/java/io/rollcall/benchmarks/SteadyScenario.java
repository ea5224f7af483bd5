package io.rollcall.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * Scenario 2, steady joins and leaves into one meeting of N invitees at R events/s for a duration
 * ({@link RoundRobinPresence}: the first N events fill the meeting, later ones alternate leaves and
 * rejoins). Measured per event: webhook accepted → visible in the attendance API, p50/p99/max.
 */
final class SteadyScenario {
  /** One steady run's outcome. */
  record Result(int people, int rate, OpenLoopPlayer.Outcome outcome, MeasuredWindow.Cost cost) {}

  private final BenchContext ctx;

  SteadyScenario(BenchContext ctx) {
    this.ctx = ctx;
  }

  Result run(int people, int rate, int seconds) throws Exception {
    System.out.printf(
        "== steady %d events/s into one meeting of %,d people for %d s%n", rate, people, seconds);
    BenchMeetings.Prepared meeting = ctx.meetings.prepare("st" + people, 1, people).get(0);
    ZoomEvents.Instance instance = ctx.startInstance(meeting.meeting());
    ctx.awaitInstance(instance, Duration.ofSeconds(120));
    RoundRobinPresence presence = new RoundRobinPresence(ctx.events, instance, meeting.invitees());
    MeasuredWindow window = MeasuredWindow.open(ctx, "steady-" + people);
    OpenLoopPlayer.Outcome outcome =
        new OpenLoopPlayer(ctx).play(List.of(instance), List.of(presence), 1, rate, seconds);
    window.measured();
    return new Result(people, rate, outcome, window.close());
  }
}
