package io.rollcall.localstack;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A launcher run the way {@code ./rollcall} runs it: its own JVM, with the build's runtime
 * classpath, output in a log file.
 */
final class LauncherProcess implements AutoCloseable {
  private final Process process;
  private final Path log;

  private LauncherProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static LauncherProcess start(Class<?> main, Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    // Short-lived JVMs on a busy 2-core machine: start fast rather than peak.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(classpath());
    command.add(main.getName());
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    return new LauncherProcess(process, log);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Waits for the READY line and returns the address it announces. */
  String awaitReady(Duration timeout) {
    await()
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> readyLine() != null || !process.isAlive());
    String ready = readyLine();
    if (ready == null) {
      throw new AssertionError("launcher exited with " + process.exitValue() + ":\n" + log());
    }
    return ready.substring(ready.lastIndexOf(' ') + 1);
  }

  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("launcher still running after " + timeout + ":\n" + log());
    }
    return process.exitValue();
  }

  /** SIGTERM, as ./rollcall down and Ctrl-C do. */
  void stop() throws InterruptedException {
    process.destroy();
    awaitExit(Duration.ofSeconds(60));
  }

  /** SIGKILL: no shutdown hook runs. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private String readyLine() {
    return log().lines().filter(line -> line.startsWith("READY ")).findFirst().orElse(null);
  }

  static String classpath() {
    try {
      String runtime = Files.readString(Path.of("target", "runtime-classpath.txt")).trim();
      return Path.of("target", "classes").toAbsolutePath() + java.io.File.pathSeparator + runtime;
    } catch (IOException e) {
      throw new UncheckedIOException("run the build first: target/runtime-classpath.txt", e);
    }
  }
}
