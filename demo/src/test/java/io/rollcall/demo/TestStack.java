package io.rollcall.demo;

import io.rollcall.testsupport.AppProcess;
import io.rollcall.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The packaged applications of one end-to-end test class, started against the test JVM's Kafka
 * broker and PostgreSQL, each service on a fresh database of its own; {@link #close()} stops them.
 */
final class TestStack implements AutoCloseable {
  private static final Duration READY = Duration.ofSeconds(150);

  private final List<AppProcess> apps = new ArrayList<>();

  CompletableFuture<AppProcess> startAsync(String module, Map<String, String> env) {
    return CompletableFuture.supplyAsync(() -> start(module, env));
  }

  AppProcess start(String module, Map<String, String> env) {
    AppProcess app = AppProcess.start(module, env, READY);
    synchronized (apps) {
      apps.add(app);
    }
    return app;
  }

  @Override
  public void close() {
    synchronized (apps) {
      apps.forEach(AppProcess::close);
      apps.clear();
    }
  }

  static Map<String, String> env(Map<String, String> base, String key, String value) {
    Map<String, String> env = new HashMap<>(base);
    env.put(key, value);
    return env;
  }

  /** A fresh database of the shared test PostgreSQL for one service. */
  static Map<String, String> withDatabase(Map<String, String> base, String name) {
    TestPostgres.Database db = TestPostgres.database();
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    Map<String, String> env = new HashMap<>(base);
    env.put(
        "QUARKUS_DATASOURCE_JDBC_URL",
        db.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"));
    env.put("QUARKUS_DATASOURCE_USERNAME", db.username());
    env.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
    return env;
  }
}
