package io.rollcall.benchmarks;

import io.rollcall.benchmarks.StackProcesses.CpuReading;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CPU a measured window cost each component: CPU-seconds from /proc between the window's start
 * and the moment identity- and attendance-service are quiet again after it (their outbox relays
 * finish publishing after the attendance is visible), minus what the same components burn when idle
 * (timers, health checks), measured just before the window.
 */
final class CpuMeter {
  /** identity + attendance above idle by at most this many CPU-seconds per second: quiet. */
  private static final double QUIET_ABOVE_IDLE = 0.05;

  private final StackProcesses processes;

  CpuMeter(StackProcesses processes) {
    this.processes = processes;
  }

  /** CPU-seconds per second per component while nothing is sent. */
  Map<String, Double> idleRate(Duration over) throws InterruptedException {
    CpuReading before = processes.cpu();
    Thread.sleep(over.toMillis());
    CpuReading delta = processes.cpu().minus(before);
    Map<String, Double> rate = new LinkedHashMap<>();
    delta.seconds().forEach((k, v) -> rate.put(k, v / (delta.nanos() / 1e9)));
    return rate;
  }

  CpuReading now() {
    return processes.cpu();
  }

  /** Waits (at most {@code cap}) until identity + attendance run at about their idle rate. */
  CpuReading awaitQuiet(Map<String, Double> idle, Duration cap) throws InterruptedException {
    double idlePipeline =
        idle.getOrDefault(StackProcesses.IDENTITY, 0.0)
            + idle.getOrDefault(StackProcesses.ATTENDANCE, 0.0);
    long deadline = System.nanoTime() + cap.toNanos();
    CpuReading last = processes.cpu();
    while (System.nanoTime() < deadline) {
      Thread.sleep(500);
      CpuReading next = processes.cpu();
      CpuReading step = next.minus(last);
      last = next;
      if (step.pipeline() / (step.nanos() / 1e9) <= idlePipeline + QUIET_ABOVE_IDLE) {
        break;
      }
    }
    return last;
  }

  /**
   * Waits (at most {@code cap}) until the whole stack (every component, PostgreSQL with its
   * backends and autovacuum workers) uses less than {@code quietCores} of CPU for two seconds in a
   * row, so that a measured window does not inherit the set-up's after-work.
   *
   * @return what was waited for: seconds, and CPU-seconds per component over the wait
   */
  StackProcesses.CpuReading awaitStackQuiet(double quietCores, Duration cap)
      throws InterruptedException {
    CpuReading start = processes.cpu();
    CpuReading last = start;
    long deadline = System.nanoTime() + cap.toNanos();
    int quietSeconds = 0;
    while (quietSeconds < 2 && System.nanoTime() < deadline) {
      Thread.sleep(1_000);
      CpuReading next = processes.cpu();
      CpuReading step = next.minus(last);
      last = next;
      double cores =
          step.seconds().values().stream().mapToDouble(Double::doubleValue).sum()
              / (step.nanos() / 1e9);
      quietSeconds = cores < quietCores ? quietSeconds + 1 : 0;
    }
    return last.minus(start);
  }

  /** CPU-seconds per component between the readings, minus the idle rate over that time. */
  static CpuReading net(CpuReading start, CpuReading end, Map<String, Double> idle) {
    CpuReading delta = end.minus(start);
    double seconds = delta.nanos() / 1e9;
    Map<String, Double> net = new LinkedHashMap<>();
    delta
        .seconds()
        .forEach((k, v) -> net.put(k, Math.max(0, v - idle.getOrDefault(k, 0.0) * seconds)));
    return new CpuReading(delta.nanos(), net);
  }
}
