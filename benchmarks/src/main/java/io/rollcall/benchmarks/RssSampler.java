package io.rollcall.benchmarks;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Samples each service's resident set size (VmRSS) every {@link #PERIOD_MS} ms on a daemon thread
 * and keeps the peak, over the whole run and since the last {@link #startWindow()} (one scenario).
 * PostgreSQL (many processes) is left out.
 */
final class RssSampler {
  static final long PERIOD_MS = 250;

  private final StackProcesses processes;
  private final Map<String, Long> runPeak = new ConcurrentHashMap<>();
  private final Map<String, Long> windowPeak = new ConcurrentHashMap<>();

  RssSampler(StackProcesses processes) {
    this.processes = processes;
  }

  void start() {
    Thread thread = new Thread(this::sampleForever, "rss-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  void startWindow() {
    windowPeak.clear();
  }

  /** Peak RSS in KiB per service since {@link #startWindow()}. */
  Map<String, Long> windowPeakKib() {
    return new TreeMap<>(windowPeak);
  }

  /** Peak RSS in KiB per service over the run. */
  Map<String, Long> runPeakKib() {
    return new TreeMap<>(runPeak);
  }

  private void sampleForever() {
    while (true) {
      processes
          .pids()
          .forEach(
              (name, pid) -> {
                if (!name.equals(StackProcesses.POSTGRES)) {
                  long rss = ProcessStats.rssKib(pid);
                  runPeak.merge(name, rss, Math::max);
                  windowPeak.merge(name, rss, Math::max);
                }
              });
      try {
        Thread.sleep(PERIOD_MS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
