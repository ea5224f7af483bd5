package io.rollcall.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A packaged Quarkus application of this repository ({@code <module>/target/quarkus-app/
 * quarkus-run.jar}) run as a separate process for a test: started on a free port with the given
 * environment, ready once {@code /q/health/ready} answers 200, its output written to {@code
 * target/<name>-<port>.log} of the calling module, and stopped by {@link #close()} or when the test
 * JVM exits.
 */
public final class AppProcess implements AutoCloseable {
  private static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(60);

  private final String name;
  private final Process process;
  private final int port;
  private final Path log;
  private final Thread shutdownHook;

  private AppProcess(String name, Process process, int port, Path log) {
    this.name = name;
    this.process = process;
    this.port = port;
    this.log = log;
    this.shutdownHook = new Thread(this::destroy, "stop-" + name);
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Starts {@code module}'s packaged app with {@code env} and waits until it is ready. */
  public static AppProcess start(String module, Map<String, String> env) {
    return start(module, env, DEFAULT_READY_TIMEOUT);
  }

  public static AppProcess start(String module, Map<String, String> env, Duration readyTimeout) {
    Path jar = packagedJar(module);
    int port = freePort();
    Path log = Path.of("target", module + "-" + port + ".log").toAbsolutePath();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-jar");
    command.add(jar.toString());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
    builder.redirectErrorStream(true);
    try {
      Files.createDirectories(log.getParent());
      builder.redirectOutput(log.toFile());
      AppProcess app = new AppProcess(module, builder.start(), port, log);
      app.awaitReady(readyTimeout);
      return app;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + module, e);
    }
  }

  public int port() {
    return port;
  }

  /** {@code http://127.0.0.1:<port>} */
  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public Path log() {
    return log;
  }

  @Override
  public void close() {
    destroy();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook runs anyway
    }
  }

  private void destroy() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void awaitReady(Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
            .timeout(Duration.ofSeconds(2))
            .build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " exited with " + process.exitValue() + " before it was ready; see " + log);
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      try {
        // Polling a child process's readiness: there is no event to wait on.
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    destroy();
    throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
  }

  /**
   * The module's packaged app: the system property {@code testsupport.app.<module>.jar} when set,
   * otherwise found from the working directory (a module or the root).
   */
  static Path packagedJar(String module) {
    String override = System.getProperty("testsupport.app." + module + ".jar");
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path jar = dir.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
      if (Files.isRegularFile(jar)) {
        return jar;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        module
            + "/target/quarkus-app/quarkus-run.jar not found: package it first (./mvnw package -pl "
            + module
            + " -DskipTests)");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }
}
