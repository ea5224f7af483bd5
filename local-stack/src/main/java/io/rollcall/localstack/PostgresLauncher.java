package io.rollcall.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a real PostgreSQL (zonky's embedded binaries; works as root and offline) as its own process
 * for the local stack, with a persistent data directory, creates the services' databases if missing
 * and prints {@code READY postgres <jdbc url>}. Stops the server on SIGTERM; a server left running
 * by a launcher killed with -9 is stopped by the next start. When the server dies under it (say
 * {@code kill -9} of the postmaster), the launcher exits with code 1, so that the supervisor of
 * {@code ./rollcall up} restarts both on the existing data (PostgreSQL recovers from its WAL).
 *
 * <p>Settings: {@code --port} / {@code ROLLCALL_POSTGRES_PORT} (5432), {@code --data-dir} / {@code
 * ROLLCALL_POSTGRES_DATA_DIR} (.rollcall/postgres), {@code --server-log} / {@code
 * ROLLCALL_POSTGRES_SERVER_LOG} (postgres-server.log beside the data directory). User and password
 * are both {@code postgres}; the server listens on 127.0.0.1 only.
 */
public final class PostgresLauncher {
  static final String USER = "postgres";
  static final String PASSWORD = "postgres";
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

  private PostgresLauncher() {}

  public static void main(String[] args) throws InterruptedException {
    Launcher.start("PostgreSQL", () -> run(LaunchOptions.of(args)));
    // The server runs outside this JVM; stay alive so SIGTERM reaches the shutdown hook.
    new CountDownLatch(1).await();
  }

  private static void run(LaunchOptions options) throws Exception {
    int port = options.port("port", "ROLLCALL_POSTGRES_PORT", 5432);
    Path dataDir = options.path("data-dir", "ROLLCALL_POSTGRES_DATA_DIR", ".rollcall/postgres");
    Path serverLog =
        options.path(
            "server-log",
            "ROLLCALL_POSTGRES_SERVER_LOG",
            dataDir.resolveSibling("postgres-server.log").toString());
    StalePostgres.stopIfRunning(dataDir)
        .ifPresent(
            pid ->
                System.out.println(
                    "Stopped a PostgreSQL server left running by an earlier run (pid "
                        + pid
                        + ")"));
    Ports.requireFree(port, "PostgreSQL", "ROLLCALL_POSTGRES_PORT");
    EmbeddedPostgres postgres = start(port, dataDir, serverLog);
    ServerWatch watch = ServerWatch.of(dataDir);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  watch.stop();
                  stop(postgres);
                },
                "rollcall-postgres-stop"));
    watch.start();
    String jdbcUrl = "jdbc:postgresql://127.0.0.1:" + port + "/";
    PostgresDatabases.createMissing(jdbcUrl + "postgres", USER, PASSWORD);
    Launcher.announceReady("postgres", jdbcUrl);
  }

  private static EmbeddedPostgres start(int port, Path dataDir, Path serverLog) throws IOException {
    Files.createDirectories(dataDir);
    Files.createDirectories(serverLog.getParent());
    ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(serverLog.toFile());
    return EmbeddedPostgres.builder()
        .setPort(port)
        .setDataDirectory(dataDir)
        .setCleanDataDirectory(false)
        .setServerConfig("listen_addresses", "127.0.0.1")
        // A development database still keeps what it acknowledged (zonky's default is off).
        .setServerConfig("synchronous_commit", "on")
        .setOutputRedirector(log)
        .setErrorRedirector(log)
        .setPGStartupWait(STARTUP_WAIT)
        .start();
  }

  private static void stop(EmbeddedPostgres postgres) {
    try {
      postgres.close(); // pg_ctl stop -m fast; idempotent with zonky's own hook.
      System.out.println("PostgreSQL stopped");
    } catch (IOException e) {
      System.err.println("PostgreSQL did not stop cleanly: " + e);
    }
  }
}
