package io.rollcall.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Hurts the local stack from outside, as an operator's bad day would, and tells when it has healed:
 * {@code kill -9} of a component (its pid from {@code ./rollcall}'s pid file) or of PostgreSQL's
 * server (from {@code postmaster.pid}), SIGSTOP / SIGCONT of a service; healthy again once every
 * service's readiness answers 200 and the supervisor has every component running.
 */
final class StackControl {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Path runDir;
  private final Path postgresDataDir;
  private final Map<String, Integer> servicePorts;

  StackControl(Path runDir, Path postgresDataDir, Map<String, Integer> servicePorts) {
    this.runDir = runDir;
    this.postgresDataDir = postgresDataDir;
    this.servicePorts = Map.copyOf(servicePorts);
  }

  /** {@code kill -9} of the component's process; returns its pid. */
  long kill(String component) throws IOException {
    return destroy(pidOf(runDir.resolve(component + ".pid")));
  }

  /** {@code kill -9} of PostgreSQL's server (the postmaster); returns its pid. */
  long killPostgresServer() throws IOException {
    return destroy(pidOf(postgresDataDir.resolve("postmaster.pid")));
  }

  /** SIGSTOP ({@code stop}) or SIGCONT of a component: the process freezes as on a lost network. */
  long signal(String component, String signal) throws IOException, InterruptedException {
    long pid = pidOf(runDir.resolve(component + ".pid"));
    Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).start();
    if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
      throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
    }
    return pid;
  }

  /**
   * Waits until the stack is whole again.
   *
   * @return seconds waited
   */
  double awaitHealthy(Duration timeout) throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    while (!healthy()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the stack was not healthy again within " + timeout);
      }
      Thread.sleep(250);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  boolean healthy() {
    for (int port : servicePorts.values()) {
      if (!ready(port)) {
        return false;
      }
    }
    return allRunning();
  }

  /** Every component's phase in the supervisor's status file is {@code running}. */
  private boolean allRunning() {
    try {
      List<String> lines = Files.readAllLines(runDir.resolve("supervisor.status"));
      return lines.stream()
          .filter(l -> !l.startsWith("#") && !l.isBlank())
          .allMatch(l -> l.split("\t")[1].equals("running"));
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean ready(int port) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
              .timeout(Duration.ofSeconds(3))
              .build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static long destroy(long pid) {
    ProcessHandle process =
        ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
    process.destroyForcibly();
    return pid;
  }

  private static long pidOf(Path file) throws IOException {
    return Long.parseLong(Files.readAllLines(file).get(0).trim());
  }
}
