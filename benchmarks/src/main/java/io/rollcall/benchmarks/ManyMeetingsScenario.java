package io.rollcall.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 3, many meetings at once: M meetings of P invitees each, joins and leaves spread round
 * robin over all of them at a ladder of total rates; each rung plays new instances of the meetings
 * (as a recurring class would), so rungs do not inherit each other's state. Latency is measured on
 * the events of the first {@code probe-meetings} meetings (all meetings get the same load, and
 * polling every meeting would cost attendance-service more than the events do). A rung passes when
 * p99 ≤ 1 s, nothing was censored and the offered rate was achieved (≥ 95%); the answer is the
 * highest passing rate. The ladder stops at the first miss unless told otherwise.
 */
final class ManyMeetingsScenario {
  static final double P99_TARGET_SECONDS = 1.0;

  /** One rung of the ladder. */
  record Rung(int rate, OpenLoopPlayer.Outcome outcome, MeasuredWindow.Cost cost) {
    double achievedRate() {
      return outcome.sent() / outcome.sendSeconds();
    }

    boolean passed() {
      return outcome.censored() == 0
          && outcome.measured() > 0
          && outcome.latencies().getValueAtPercentile(99) / 1e9 <= P99_TARGET_SECONDS
          && achievedRate() >= 0.95 * rate;
    }
  }

  private final BenchContext ctx;

  ManyMeetingsScenario(BenchContext ctx) {
    this.ctx = ctx;
  }

  List<Rung> run() throws Exception {
    PipelineOptions o = ctx.options;
    System.out.printf(
        "== many meetings: %d x %d people, rates %s events/s, %d s each%n",
        o.manyMeetings(), o.manyPeople(), o.manyRates(), o.manySeconds());
    List<BenchMeetings.Prepared> meetings =
        ctx.meetings.prepare("mm", o.manyMeetings(), o.manyPeople());
    if (o.manyWarmUpSeconds() > 0 && !o.manyRates().isEmpty()) {
      int rate = o.manyRates().get(0);
      System.out.printf(
          "   warm-up: %d events/s for %d s on instances of their own (not measured)%n",
          rate, o.manyWarmUpSeconds());
      start(meetings).play(rate, o.manyWarmUpSeconds());
    }
    awaitStackQuiet();
    List<Rung> rungs = new ArrayList<>();
    for (int rate : o.manyRates()) {
      Rung rung = rung(meetings, rate);
      rungs.add(rung);
      System.out.printf(
          "   %d events/s: p99 %.3f s -> %s%n",
          rate,
          rung.outcome().latencies().getValueAtPercentile(99) / 1e9,
          rung.passed() ? "pass" : "miss");
      if (!rung.passed() && o.manyStopOnMiss()) {
        break;
      }
    }
    return rungs;
  }

  /**
   * Registering 10,000 invitees leaves work behind (the links' outbox, the compacted links topic,
   * PostgreSQL's autovacuum of the new rows); measured rungs start once the stack is quiet (less
   * than 0.2 cores for two seconds, at most 3 minutes), and the wait is reported.
   */
  private void awaitStackQuiet() throws InterruptedException {
    StackProcesses.CpuReading waited = ctx.cpu.awaitStackQuiet(0.2, Duration.ofMinutes(3));
    StringBuilder busiest = new StringBuilder();
    waited.seconds().entrySet().stream()
        .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
        .limit(4)
        .forEach(e -> busiest.append(String.format(" %s %.1f s", e.getKey(), e.getValue())));
    System.out.printf(
        "   stack quiet after %.0f s (CPU over the wait:%s)%n", waited.nanos() / 1e9, busiest);
  }

  private Rung rung(List<BenchMeetings.Prepared> meetings, int rate) throws Exception {
    Playing playing = start(meetings);
    MeasuredWindow window = MeasuredWindow.open(ctx, "many-" + rate);
    OpenLoopPlayer.Outcome outcome = playing.play(rate, ctx.options.manySeconds());
    window.measured();
    return new Rung(rate, outcome, window.close());
  }

  /** New instances of the meetings, started and seen by attendance-service, ready to play. */
  private record Playing(
      BenchContext ctx, List<ZoomEvents.Instance> instances, List<RoundRobinPresence> presences) {
    OpenLoopPlayer.Outcome play(int rate, int seconds) throws Exception {
      int probes = Math.min(ctx.options.probeMeetings(), instances.size());
      return new OpenLoopPlayer(ctx).play(instances, presences, probes, rate, seconds);
    }
  }

  private Playing start(List<BenchMeetings.Prepared> meetings) throws Exception {
    List<ZoomEvents.Instance> instances = new ArrayList<>();
    List<RoundRobinPresence> presences = new ArrayList<>();
    for (BenchMeetings.Prepared m : meetings) {
      ZoomEvents.Instance instance = ctx.startInstance(m.meeting());
      instances.add(instance);
      presences.add(new RoundRobinPresence(ctx.events, instance, m.invitees()));
    }
    for (ZoomEvents.Instance instance : instances) {
      ctx.awaitInstance(instance, Duration.ofSeconds(300));
    }
    return new Playing(ctx, instances, presences);
  }
}
