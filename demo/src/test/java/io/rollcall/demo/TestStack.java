package io.rollcall.demo;

import io.rollcall.testsupport.AppProcess;
import io.rollcall.testsupport.TestKafka;
import io.rollcall.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
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

  /**
   * The in-JVM broker logs through the test JVM's log manager: quiet unless it fails. Set once,
   * when an end-to-end test first uses this class.
   */
  private static final List<java.util.logging.Logger> QUIET =
      java.util.stream.Stream.of("kafka", "org.apache.kafka", "state.change.logger", "io.zonky")
          .map(java.util.logging.Logger::getLogger)
          .peek(logger -> logger.setLevel(java.util.logging.Level.SEVERE))
          .toList();

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

  /** The log files of the applications started so far. */
  List<java.nio.file.Path> logs() {
    synchronized (apps) {
      return apps.stream().map(AppProcess::log).toList();
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

  /** Clients of one started pipeline: meeting-service, attendance-service and zoom-simulator. */
  record Pipeline(ServiceClient meetings, ServiceClient attendance, ServiceClient zoom) {}

  /**
   * Starts the five applications of one pipeline, one replica each: ingest-, identity-, attendance-
   * and meeting-service (each on a fresh database named {@code <databasePrefix>_<service>}) and
   * zoom-simulator sending its webhooks to ingest-service, with {@code apiKey} and {@code
   * webhookSecret}; {@code simulatorEnv} and {@code meetingEnv} add to those two's environment.
   */
  Pipeline startPipeline(
      String databasePrefix,
      String apiKey,
      String webhookSecret,
      Map<String, String> simulatorEnv,
      Map<String, String> meetingEnv) {
    return startPipeline(databasePrefix, apiKey, webhookSecret, simulatorEnv, meetingEnv, Map.of());
  }

  /**
   * As {@link #startPipeline(String, String, String, Map, Map)}, with {@code serviceEnv} added to
   * the four services' environment (tenants, for instance).
   */
  Pipeline startPipeline(
      String databasePrefix,
      String apiKey,
      String webhookSecret,
      Map<String, String> simulatorEnv,
      Map<String, String> meetingEnv,
      Map<String, String> serviceEnv) {
    Map<String, String> common = new HashMap<>(serviceEnv);
    common.put("KAFKA_BOOTSTRAP_SERVERS", TestKafka.bootstrapServers());
    // Every service must agree on the default tenant (docs/tenants.md).
    common.putIfAbsent("ROLLCALL_ZOOM_ACCOUNT_ID", "sim-account-0001");
    CompletableFuture<AppProcess> ingest =
        startAsync("ingest-service", env(common, "ROLLCALL_ZOOM_WEBHOOK_SECRETS", webhookSecret));
    CompletableFuture<AppProcess> identity =
        startAsync("identity-service", withDatabase(common, databasePrefix + "_identity"));
    CompletableFuture<AppProcess> attendance =
        startAsync(
            "attendance-service",
            env(withDatabase(common, databasePrefix + "_attendance"), "ROLLCALL_API_KEYS", apiKey));
    Map<String, String> sim = new HashMap<>(simulatorEnv);
    sim.put("ZOOM_SIM_WEBHOOK_URL", ingest.join().baseUrl() + "/zoom/webhooks");
    sim.put("ZOOM_SIM_WEBHOOK_SECRET", webhookSecret);
    sim.putIfAbsent("ZOOM_SIM_WEBHOOK_TIMEOUT", "PT10S");
    AppProcess simulator = start("zoom-simulator", sim);
    Map<String, String> meeting = new HashMap<>(withDatabase(common, databasePrefix + "_meeting"));
    meeting.put("ROLLCALL_API_KEYS", apiKey);
    meeting.put("ROLLCALL_ZOOM_API_URL", simulator.baseUrl() + "/v2");
    meeting.put("ROLLCALL_ZOOM_OAUTH_URL", simulator.baseUrl());
    meeting.put("ROLLCALL_ZOOM_CLIENT_ID", "sim-client-id");
    meeting.put("ROLLCALL_ZOOM_CLIENT_SECRET", "sim-client-secret");
    meeting.putAll(meetingEnv);
    AppProcess meetingApp = start("meeting-service", meeting);
    identity.join();
    String bearer = "Bearer " + apiKey;
    return new Pipeline(
        new ServiceClient("meeting-service", meetingApp.baseUrl(), bearer, DemoDriver.JSON),
        new ServiceClient(
            "attendance-service", attendance.join().baseUrl(), bearer, DemoDriver.JSON),
        new ServiceClient("zoom-simulator", simulator.baseUrl(), null, DemoDriver.JSON));
  }

  /** An invitee, attendee or panelist of meeting-service's requests. */
  static Map<String, Object> person(String ref, String first, String last, String domain) {
    return Map.of("ref", ref, "email", ref + "@" + domain, "first_name", first, "last_name", last);
  }

  /** zoom-simulator's {@code POST /sim/meetings/{id}/join} body. */
  static Map<String, Object> join(
      String person, String via, String joinUrl, String userName, Instant at) {
    Map<String, Object> body = new HashMap<>();
    body.put("person", person);
    body.put("via", via);
    body.put("at", at.toString());
    if (joinUrl != null) {
      body.put("join_url", joinUrl);
    }
    if (userName != null) {
      body.put("user_name", userName);
    }
    return body;
  }
}
