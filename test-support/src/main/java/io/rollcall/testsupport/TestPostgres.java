package io.rollcall.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The one PostgreSQL of a test JVM: a real embedded server (works offline and as root) unless
 * {@code ROLLCALL_TEST_JDBC_URL} names an external one ({@code ROLLCALL_TEST_JDBC_USERNAME}, {@code
 * ROLLCALL_TEST_JDBC_PASSWORD}). Started on first use, stopped when the JVM exits.
 */
public final class TestPostgres {

  /** Connection settings of the test database. */
  public record Database(String jdbcUrl, String username, String password) {
    public Connection connect() throws SQLException {
      return DriverManager.getConnection(jdbcUrl, username, password);
    }
  }

  private static Database database;
  private static TcpProxy proxy;
  private static Database proxied;

  private TestPostgres() {}

  public static synchronized Database database() {
    if (database == null) {
      String external = System.getenv("ROLLCALL_TEST_JDBC_URL");
      database =
          external != null && !external.isBlank()
              ? new Database(
                  external,
                  System.getenv().getOrDefault("ROLLCALL_TEST_JDBC_USERNAME", "postgres"),
                  System.getenv().getOrDefault("ROLLCALL_TEST_JDBC_PASSWORD", ""))
              : startEmbedded();
    }
    return database;
  }

  /**
   * A new, empty database named {@code name} on the test server (dropped first if a previous run
   * left it), for a test that needs a schema of its own, e.g. to run migrations from the start.
   *
   * @param name a plain lower-case SQL identifier
   */
  public static Database fresh(String name) {
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("not a plain database name: " + name);
    }
    Database server = database();
    try (Connection c = server.connect();
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    URI uri = URI.create(server.jdbcUrl().substring("jdbc:".length()));
    String url =
        "jdbc:postgresql://"
            + uri.getRawAuthority()
            + "/"
            + name
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    return new Database(url, server.username(), server.password());
  }

  /**
   * The same database behind a {@link TcpProxy}, so that a test can take it away ({@link
   * #outage()}) and bring it back ({@link #restore()}) while a service uses it. {@link
   * PostgresTestResource} gives services this one.
   */
  public static synchronized Database proxied() {
    if (proxied == null) {
      Database direct = database();
      URI uri = URI.create(direct.jdbcUrl().substring("jdbc:".length()));
      proxy = new TcpProxy(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort());
      String url =
          "jdbc:postgresql://127.0.0.1:"
              + proxy.port()
              + uri.getRawPath()
              + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      proxied = new Database(url, direct.username(), direct.password());
    }
    return proxied;
  }

  /** Makes the proxied database look stopped hard: open connections are reset, new ones refused. */
  public static synchronized void outage() {
    proxied();
    proxy.refuse();
  }

  /** Ends an {@link #outage()} or a {@link #freeze()}: the proxied database works again. */
  public static synchronized void restore() {
    proxied();
    proxy.thaw();
    proxy.accept();
  }

  /**
   * Makes the proxied database look frozen: connections stay open but nothing is answered, so
   * clients wait until their own timeouts.
   */
  public static synchronized void freeze() {
    proxied();
    proxy.freeze();
  }

  private static Database startEmbedded() {
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> closeQuietly(postgres), "test-postgres-stop"));
      String url = postgres.getJdbcUrl("postgres", "postgres");
      try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE rollcall_test");
      }
      return new Database(postgres.getJdbcUrl("postgres", "rollcall_test"), "postgres", "postgres");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the test database", e);
    }
  }

  private static void closeQuietly(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      System.err.println("embedded PostgreSQL did not stop cleanly: " + e);
    }
  }
}
