package io.rollcall.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time and memory of local processes, read from Linux's /proc: {@code stat} fields utime, stime
 * (and cutime, cstime for PostgreSQL, whose backends are child processes), {@code status} VmRSS and
 * VmHWM (peak RSS). Values are 0 when the process is not readable (a remote stack).
 */
final class ProcessStats {
  /** Clock ticks per second of /proc/&lt;pid&gt;/stat; 100 on every Linux this runs on. */
  private static final double TICKS_PER_SECOND = ticksPerSecond();

  private ProcessStats() {}

  /** CPU-seconds the process used (user + system). */
  static double cpuSeconds(long pid) {
    long[] f = statFields(pid);
    return f == null ? 0 : (f[0] + f[1]) / TICKS_PER_SECOND;
  }

  /**
   * CPU-seconds of a PostgreSQL server: the postmaster, its live children (backends, background
   * workers) and the children it already reaped.
   */
  static double postgresCpuSeconds(long postmasterPid) {
    long[] own = statFields(postmasterPid);
    if (own == null) {
      return 0;
    }
    long ticks = own[0] + own[1] + own[2] + own[3];
    for (long child : children(postmasterPid)) {
      long[] f = statFields(child);
      if (f != null) {
        ticks += f[0] + f[1] + f[2] + f[3];
      }
    }
    return ticks / TICKS_PER_SECOND;
  }

  /** Resident set size in KiB. */
  static long rssKib(long pid) {
    return statusKib(pid, "VmRSS:");
  }

  /** Peak resident set size since the process started, in KiB. */
  static long peakRssKib(long pid) {
    return statusKib(pid, "VmHWM:");
  }

  /** utime, stime, cutime, cstime in ticks; null when unreadable. */
  private static long[] statFields(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      // The command name (field 2) may hold spaces: split after its closing parenthesis.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // f[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17.
      return new long[] {
        Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14])
      };
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static List<Long> children(long parent) {
    List<Long> children = new ArrayList<>();
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      procs
          .map(p -> p.getFileName().toString())
          .filter(name -> name.chars().allMatch(Character::isDigit))
          .forEach(
              name -> {
                if (parentOf(Long.parseLong(name)) == parent) {
                  children.add(Long.parseLong(name));
                }
              });
    } catch (IOException e) {
      return children;
    }
    return children;
  }

  private static long parentOf(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static long statusKib(long pid, String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }

  private static double ticksPerSecond() {
    try {
      Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      return p.waitFor() == 0 ? Double.parseDouble(out) : 100;
    } catch (IOException | RuntimeException e) {
      return 100;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }
}
