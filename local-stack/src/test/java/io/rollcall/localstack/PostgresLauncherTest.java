package io.rollcall.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresLauncherTest {
  @TempDir Path dir;

  @Test
  void serverHasTheServiceDatabasesSurvivesAKilledLauncherAndStopsOnSigterm() throws Exception {
    int port = LauncherProcess.freePort();
    String url;
    try (LauncherProcess killed = start(port, "killed.log")) {
      url = killed.awaitReady(Duration.ofSeconds(90));

      assertThat(url).isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/");
      for (String database : PostgresDatabases.NAMES) {
        assertThat(query(url + database, "SELECT current_database()")).isEqualTo(database);
      }
      execute(url + "rollcall_meeting", "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
      killed.kill();
    }
    // The server outlived its launcher (kill -9): the leftover the next start must deal with.
    assertThat(query(url + "postgres", "SELECT 1")).isEqualTo("1");

    try (LauncherProcess restarted = start(port, "restarted.log")) {
      restarted.awaitReady(Duration.ofSeconds(90));

      assertThat(restarted.log()).contains("Stopped a PostgreSQL server left running");
      assertThat(query(url + "rollcall_meeting", "SELECT id FROM kept")).isEqualTo("42");

      restarted.stop();
      assertThatThrownBy(() -> query(url + "postgres", "SELECT 1"))
          .isInstanceOf(SQLException.class);
      assertThat(dir.resolve("postgres").resolve("postmaster.pid")).doesNotExist();
    }
  }

  @Test
  void takenPortEndsTheLauncherWithAClearMessage() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        LauncherProcess postgres = start(taken.getLocalPort(), "taken.log")) {
      assertThat(postgres.awaitExit(Duration.ofSeconds(30))).isEqualTo(Launcher.EXIT_CONFIGURATION);
      assertThat(postgres.log())
          .contains("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use")
          .contains("ROLLCALL_POSTGRES_PORT");
      assertThat(Files.exists(dir.resolve("postgres").resolve("PG_VERSION"))).isFalse();
    }
  }

  private LauncherProcess start(int port, String log) throws Exception {
    return LauncherProcess.start(
        PostgresLauncher.class,
        dir.resolve(log),
        "--port",
        String.valueOf(port),
        "--data-dir",
        dir.resolve("postgres").toString());
  }

  private static String query(String url, String sql) throws SQLException {
    try (Connection connection = connect(url);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection connection = connect(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, PostgresLauncher.USER, PostgresLauncher.PASSWORD);
  }
}
