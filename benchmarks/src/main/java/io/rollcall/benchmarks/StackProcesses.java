package io.rollcall.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stack's processes on this machine (pids from ./rollcall's pid files), for CPU time and RSS.
 * Empty when the stack runs elsewhere; every reading is then empty too.
 */
final class StackProcesses {
  static final String IDENTITY = "identity-service";
  static final String ATTENDANCE = "attendance-service";
  static final String POSTGRES = "postgres";

  /** CPU-seconds per component at one moment. */
  record CpuReading(long nanos, Map<String, Double> seconds) {
    /** CPU-seconds per component between {@code before} and this reading. */
    CpuReading minus(CpuReading before) {
      Map<String, Double> delta = new LinkedHashMap<>();
      seconds.forEach((k, v) -> delta.put(k, v - before.seconds.getOrDefault(k, 0.0)));
      return new CpuReading(nanos - before.nanos, delta);
    }

    double of(String component) {
      return seconds.getOrDefault(component, 0.0);
    }

    /** identity-service + attendance-service: the pipeline's own cost. */
    double pipeline() {
      return of(IDENTITY) + of(ATTENDANCE);
    }
  }

  private final Map<String, Long> pids;

  /**
   * @param pids component name → pid; {@value #POSTGRES} is the postmaster (its backends count)
   */
  StackProcesses(Map<String, Long> pids) {
    this.pids = Map.copyOf(pids);
  }

  boolean known() {
    return !pids.isEmpty();
  }

  Map<String, Long> pids() {
    return pids;
  }

  CpuReading cpu() {
    Map<String, Double> seconds = new LinkedHashMap<>();
    pids.forEach(
        (name, pid) ->
            seconds.put(
                name,
                name.equals(POSTGRES)
                    ? ProcessStats.postgresCpuSeconds(pid)
                    : ProcessStats.cpuSeconds(pid)));
    return new CpuReading(System.nanoTime(), seconds);
  }
}
