package io.rollcall.benchmarks;

import io.rollcall.benchmarks.StackProcesses.CpuReading;
import java.time.Duration;
import java.util.Map;

/**
 * The bookkeeping around one measured window: the components' idle CPU rate just before it, JFR
 * (when asked for), peak RSS, and at the end the CPU it cost (until quiet again, net of idle), the
 * load averages and the webhooks accepted and refused within it.
 */
final class MeasuredWindow {
  /** What a window cost and what the machine was doing meanwhile. */
  record Cost(
      CpuReading netCpu,
      Map<String, Long> peakRssKib,
      String loadAverage,
      WebhookSender.Tally sent) {

    /** identity + attendance CPU milliseconds per event; NaN when CPU is not readable. */
    double pipelineCpuMsPerEvent(long events) {
      return netCpu.seconds().isEmpty() ? Double.NaN : netCpu.pipeline() * 1e3 / events;
    }

    double cpuMsPerEvent(String component, long events) {
      return netCpu.seconds().containsKey(component)
          ? netCpu.of(component) * 1e3 / events
          : Double.NaN;
    }
  }

  private static final Duration IDLE_SAMPLE = Duration.ofSeconds(3);
  private static final Duration QUIET_CAP = Duration.ofSeconds(60);

  private final BenchContext ctx;
  private final Map<String, Double> idle;
  private final CpuReading start;
  private final WebhookSender.Tally sentBefore;
  private String loadAtEnd;

  private MeasuredWindow(BenchContext ctx, String label) throws InterruptedException {
    this.ctx = ctx;
    this.idle = ctx.cpu.idleRate(IDLE_SAMPLE);
    ctx.jfr.start(label);
    ctx.rss.startWindow();
    this.sentBefore = ctx.sender.tally();
    this.start = ctx.cpu.now();
  }

  static MeasuredWindow open(BenchContext ctx, String label) throws InterruptedException {
    return new MeasuredWindow(ctx, label);
  }

  /** Marks the end of the measured part (load averages are read here). */
  void measured() {
    loadAtEnd = BenchContext.loadAverage();
  }

  /** Waits until identity and attendance are quiet again, then stops JFR and adds it all up. */
  Cost close() throws InterruptedException {
    if (loadAtEnd == null) {
      measured();
    }
    CpuReading end = ctx.cpu.awaitQuiet(idle, QUIET_CAP);
    ctx.jfr.stop();
    return new Cost(
        CpuMeter.net(start, end, idle),
        ctx.rss.windowPeakKib(),
        loadAtEnd,
        ctx.sender.tally().minus(sentBefore));
  }
}
