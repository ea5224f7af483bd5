package io.rollcall.benchmarks;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/**
 * The pipeline benchmark of issue 12, driven from outside a running stack: signed webhooks into
 * ingest-service, attendance read from attendance-service's API, meetings and invitees through
 * meeting-service. Runs the scenarios asked for ({@link StormScenario}, {@link SteadyScenario},
 * {@link ManyMeetingsScenario}; the cost ratio comes from the storms) and prints what it measured.
 * Start it through {@code benchmarks/pipeline-benchmark.sh}, which describes every setting.
 */
public final class PipelineBenchmark {
  private final BenchContext ctx;
  private final List<StormScenario.Result> storms = new ArrayList<>();
  private final List<SteadyScenario.Result> steady = new ArrayList<>();
  private final List<ManyMeetingsScenario.Rung> rungs = new ArrayList<>();

  private PipelineBenchmark(BenchContext ctx) {
    this.ctx = ctx;
  }

  public static void main(String[] args) throws Exception {
    PipelineOptions options = PipelineOptions.parse(args);
    try (BenchContext ctx = new BenchContext(options)) {
      ctx.rss.start();
      PipelineBenchmark bench = new PipelineBenchmark(ctx);
      System.out.printf(
          "== run %s at %s, %d cores; stack pids %s%n",
          ctx.runId, Instant.now(), Runtime.getRuntime().availableProcessors(), options.pids());
      try {
        bench.runScenarios();
      } finally {
        bench.report();
      }
    }
    // The HTTP and Kafka clients' threads would otherwise keep the JVM up a while.
    System.exit(0);
  }

  private void runScenarios() throws Exception {
    PipelineOptions o = ctx.options;
    if (o.warmUpStorm() > 0) {
      new StormScenario(ctx).warmUp(o.warmUpStorm());
    }
    if (o.runs("storm")) {
      for (int size : o.stormSizes()) {
        storms.add(new StormScenario(ctx).run(size));
      }
    }
    if (o.runs("steady")) {
      for (int people : o.steadyPeople()) {
        steady.add(new SteadyScenario(ctx).run(people, o.steadyRate(), o.steadySeconds()));
      }
    }
    if (o.runs("many")) {
      rungs.addAll(new ManyMeetingsScenario(ctx).run());
    }
  }

  private void report() {
    System.out.println();
    System.out.println(
        "RESULTS (run "
            + ctx.runId
            + ", "
            + Instant.now()
            + "; load = /proc/loadavg 1/5/15 min at the end of each measured window;"
            + " CPU = identity-service + attendance-service CPU from /proc/<pid>/stat, from the"
            + " window's start until both are quiet again, net of their idle rate)");
    reportStorms();
    reportSteady();
    reportMany();
    reportCostRatio();
    reportMemory();
    reportJfr();
  }

  private void reportStorms() {
    if (storms.isEmpty()) {
      return;
    }
    ResultTable t =
        new ResultTable(
            "storm N",
            "invitees+guests",
            "accepted",
            "non-2xx",
            "joins sent in (s)",
            "all visible after last accept (s)",
            "visible at end",
            "CPU ms/event id+att",
            "CPU ms/event postgres",
            "peak RSS MiB id/att",
            "load");
    for (StormScenario.Result r : storms) {
      MeasuredWindow.Cost c = r.cost();
      t.add(
          String.format("%,d", r.size()),
          r.invitees() + "+" + r.guests(),
          c.sent().accepted(),
          c.sent().nonSuccess(),
          String.format("%.2f", r.sendSeconds()),
          r.secondsToVisible()
              .map(s -> String.format("%.2f", s))
              .orElse("not within " + ctx.options.timeoutSeconds() + " s"),
          String.format("%,d (%,d resolved)", r.visibleAtEnd(), r.resolvedAtEnd()),
          perEvent(r, c.pipelineCpuMsPerEvent(r.size())),
          perEvent(r, c.cpuMsPerEvent(StackProcesses.POSTGRES, r.size())),
          rss(c.peakRssKib()),
          c.loadAverage());
    }
    System.out.println("\n1. Join storm: N people join as fast as ingest-service accepts them");
    System.out.print(t.render());
  }

  private void reportSteady() {
    if (steady.isEmpty()) {
      return;
    }
    ResultTable t = latencyTable("people", "rate/s");
    for (SteadyScenario.Result r : steady) {
      latencyRow(t, String.format("%,d", r.people()), r.rate(), r.outcome(), r.cost());
    }
    System.out.println(
        "\n2. Steady joins and leaves into one meeting: accepted -> visible in the attendance API");
    System.out.print(t.render());
    steady.forEach(
        r -> System.out.println("   polling (" + r.people() + "): " + r.outcome().polling()));
  }

  private void reportMany() {
    if (rungs.isEmpty()) {
      return;
    }
    ResultTable t = latencyTable("offered/s", "achieved/s");
    for (ManyMeetingsScenario.Rung r : rungs) {
      latencyRow(
          t,
          r.rate() + (r.passed() ? " (pass)" : " (miss)"),
          String.format("%.0f", r.achievedRate()),
          r.outcome(),
          r.cost());
    }
    PipelineOptions o = ctx.options;
    System.out.printf(
        "%n3. Many meetings: %d meetings x %d people, %d s per rate, latency on %d probe meetings%n",
        o.manyMeetings(),
        o.manyPeople(),
        o.manySeconds(),
        Math.min(o.probeMeetings(), o.manyMeetings()));
    System.out.print(t.render());
    Optional<Integer> best =
        rungs.stream()
            .filter(ManyMeetingsScenario.Rung::passed)
            .map(r -> r.rate())
            .max(Integer::compare);
    System.out.println(
        best.map(b -> "   highest sustained rate with p99 <= 1 s: " + b + " events/s")
            .orElse("   highest sustained rate with p99 <= 1 s: none of the rates tried"));
    rungs.forEach(
        r -> System.out.println("   polling (" + r.rate() + "/s): " + r.outcome().polling()));
  }

  private static ResultTable latencyTable(String first, String second) {
    return new ResultTable(
        first,
        second,
        "events sent",
        "non-2xx",
        "measured",
        "p50 (s)",
        "p99 (s)",
        "max (s)",
        "censored",
        "drain after last (s)",
        "CPU ms/event id+att",
        "peak RSS MiB id/att",
        "load");
  }

  private static void latencyRow(
      ResultTable t, Object first, Object second, OpenLoopPlayer.Outcome o, MeasuredWindow.Cost c) {
    Histogram h = o.latencies();
    t.add(
        first,
        second,
        String.format("%,d", o.sent()),
        c.sent().nonSuccess(),
        String.format("%,d", o.measured()),
        ResultTable.seconds(h.getValueAtPercentile(50)),
        ResultTable.seconds(h.getValueAtPercentile(99)),
        ResultTable.seconds(h.getMaxValue()),
        o.censored(),
        String.format("%.1f", o.drainSeconds()),
        ResultTable.twoDecimals(c.pipelineCpuMsPerEvent(o.sent())),
        rss(c.peakRssKib()),
        c.loadAverage());
  }

  /**
   * Scenario 4: identity + attendance CPU per event (the storm's joins) at the largest storm over
   * that at the smallest; the storms' seconds-until-visible per event likewise, for comparison.
   */
  private void reportCostRatio() {
    if (storms.isEmpty()) {
      return;
    }
    List<StormScenario.Result> done =
        storms.stream().filter(r -> r.secondsToVisible().isPresent()).toList();
    System.out.println(
        "\n4. Cost per event, largest storm / smallest storm (completed storms only)");
    if (done.size() < 2) {
      System.out.println("   needs two completed storms of different sizes");
      return;
    }
    StormScenario.Result small = done.get(0);
    StormScenario.Result large = done.get(done.size() - 1);
    double cpuSmall = small.cost().pipelineCpuMsPerEvent(small.size());
    double cpuLarge = large.cost().pipelineCpuMsPerEvent(large.size());
    System.out.printf(
        "   CPU (identity+attendance) per event: N=%,d %.2f ms, N=%,d %.2f ms -> ratio %s%n",
        large.size(),
        cpuLarge,
        small.size(),
        cpuSmall,
        ResultTable.twoDecimals(cpuLarge / cpuSmall));
    double waitSmall = small.secondsToVisible().get() / small.size() * 1e3;
    double waitLarge = large.secondsToVisible().get() / large.size() * 1e3;
    System.out.printf(
        "   storm seconds-until-visible per event: N=%,d %.3f ms, N=%,d %.3f ms -> ratio %s%n",
        large.size(),
        waitLarge,
        small.size(),
        waitSmall,
        ResultTable.twoDecimals(waitLarge / waitSmall));
  }

  private void reportMemory() {
    Map<String, Long> peaks = ctx.rss.runPeakKib();
    if (peaks.isEmpty()) {
      return;
    }
    System.out.println(
        "\nPeak RSS over the run (VmRSS sampled every "
            + RssSampler.PERIOD_MS
            + " ms; VmHWM = the kernel's peak since the process started)");
    peaks.forEach(
        (service, kib) ->
            System.out.printf(
                "   %-20s %5d MiB sampled, VmHWM %5d MiB%n",
                service,
                kib / 1024,
                ProcessStats.peakRssKib(ctx.processes.pids().get(service)) / 1024));
  }

  private void reportJfr() {
    if (!ctx.jfr.enabled()) {
      return;
    }
    System.out.println("\nJFR recordings (settings=profile), one per service and measured window:");
    for (Path file : ctx.jfr.files()) {
      System.out.println("   " + file);
    }
  }

  /** A storm's CPU per event; meaningless while not every event was applied. */
  private static String perEvent(StormScenario.Result r, double msPerEvent) {
    return r.secondsToVisible().isPresent()
        ? ResultTable.twoDecimals(msPerEvent)
        : "n/a (incomplete)";
  }

  private static String rss(Map<String, Long> peakKib) {
    Long identity = peakKib.get(StackProcesses.IDENTITY);
    Long attendance = peakKib.get(StackProcesses.ATTENDANCE);
    if (identity == null || attendance == null) {
      return "n/a";
    }
    return identity / 1024 + "/" + attendance / 1024;
  }
}
