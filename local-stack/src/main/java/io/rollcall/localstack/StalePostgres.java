package io.rollcall.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL's server outlives a launcher killed with -9 (pg_ctl detaches it). Before starting, a
 * server still running on our data directory is stopped ("fast" shutdown: SIGINT), and a lock file
 * naming a process that is not PostgreSQL is removed, so a later start never fails on leftovers.
 */
final class StalePostgres {
  private static final long STOP_TIMEOUT_SECONDS = 30;

  private StalePostgres() {}

  /** Returns the pid of the server it stopped, if there was one. */
  static Optional<Long> stopIfRunning(Path dataDir) throws IOException, InterruptedException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    Optional<Long> pid = readPid(pidFile);
    if (pid.isEmpty()) {
      return Optional.empty();
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
    if (process.isEmpty() || !looksLikePostgres(process.get())) {
      // PostgreSQL removes a lock file whose process is gone, but not one whose pid was reused.
      Files.deleteIfExists(pidFile);
      return Optional.empty();
    }
    stop(process.get());
    return pid;
  }

  private static Optional<Long> readPid(Path pidFile) throws IOException {
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile);
    try {
      return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean looksLikePostgres(ProcessHandle process) {
    // Unknown when the command is unreadable (another user's process): assume it is ours.
    return process.info().command().map(c -> c.endsWith("postgres")).orElse(true);
  }

  private static void stop(ProcessHandle server) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(server.pid())).start();
    kill.waitFor(10, TimeUnit.SECONDS);
    try {
      server.onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(
          "a PostgreSQL server (pid "
              + server.pid()
              + ") left by an earlier run still uses this data directory and did not stop; stop"
              + " it and retry");
    }
  }
}
