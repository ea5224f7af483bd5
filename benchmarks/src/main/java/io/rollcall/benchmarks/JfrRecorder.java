package io.rollcall.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records a measured window with Java Flight Recorder in running services, through {@code jcmd
 * <pid> JFR.start} / {@code JFR.stop} (settings {@code profile}: execution samples every 10 ms,
 * allocation and lock events). Only the window is recorded, not the set-up before it. Off when
 * constructed without a directory.
 */
final class JfrRecorder {
  private static final String NAME = "rollcall-bench";

  private final Path directory;
  private final Map<String, Long> services;
  private final List<Path> written = new ArrayList<>();

  /**
   * @param directory where the .jfr files go; null for no recording
   * @param services service name → pid to record
   */
  JfrRecorder(Path directory, Map<String, Long> services) {
    this.directory = directory;
    this.services = services;
  }

  boolean enabled() {
    return directory != null && !services.isEmpty();
  }

  /** Starts a recording named after the window in every service. */
  void start(String window) {
    if (!enabled()) {
      return;
    }
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new IllegalStateException("cannot create " + directory, e);
    }
    services.forEach(
        (service, pid) -> {
          Path file = directory.resolve(service + "-" + window + ".jfr").toAbsolutePath();
          jcmd(pid, "JFR.start", "name=" + NAME, "settings=profile", "filename=" + file);
          written.add(file);
        });
  }

  /** Stops the recordings; the JVMs write their files. */
  void stop() {
    if (!enabled()) {
      return;
    }
    services.forEach((service, pid) -> jcmd(pid, "JFR.stop", "name=" + NAME));
  }

  /** Every file written so far. */
  List<Path> files() {
    return List.copyOf(written);
  }

  private static void jcmd(long pid, String... command) {
    List<String> args = new ArrayList<>(List.of("jcmd", String.valueOf(pid)));
    args.addAll(List.of(command));
    try {
      Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      if (p.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", args) + " failed: " + out);
      }
    } catch (IOException e) {
      throw new IllegalStateException(String.join(" ", args) + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
