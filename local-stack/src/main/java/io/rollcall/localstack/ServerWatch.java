package io.rollcall.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Ends the PostgreSQL launcher when its server dies under it: the server is not the launcher's
 * child (pg_ctl detaches it), so its pid is read from {@code postmaster.pid} and checked twice a
 * second. Stopped before a deliberate shutdown, so that stopping the server is not taken for a
 * death.
 */
final class ServerWatch {
  private static final long PERIOD_MS = 500;

  private final ProcessHandle server;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "rollcall-postgres-watch");
            t.setDaemon(true);
            return t;
          });
  private volatile boolean stopped;

  private ServerWatch(ProcessHandle server) {
    this.server = server;
  }

  static ServerWatch of(Path dataDir) throws IOException {
    List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
    long pid = Long.parseLong(lines.get(0).trim());
    return new ServerWatch(
        ProcessHandle.of(pid)
            .orElseThrow(() -> new IllegalStateException("PostgreSQL (pid " + pid + ") is gone")));
  }

  void start() {
    timer.scheduleAtFixedRate(this::check, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
  }

  void stop() {
    stopped = true;
    timer.shutdownNow();
  }

  private void check() {
    if (!stopped && !server.isAlive()) {
      stopped = true;
      Launcher.fail(
          "the PostgreSQL server (pid " + server.pid() + ") exited unexpectedly",
          Launcher.EXIT_FAILURE);
    }
  }
}
