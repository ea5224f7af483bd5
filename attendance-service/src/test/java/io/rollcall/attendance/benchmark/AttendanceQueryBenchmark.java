package io.rollcall.attendance.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.attendance.rest.AttendanceViews.InstanceAttendanceView;
import io.rollcall.attendance.service.AttendanceQueryService;
import io.rollcall.attendance.service.InstanceAttendance;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.TestPostgres;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Times the attendance query of a 1,000-participant instance: database read, per-person aggregation
 * and JSON rendering, as {@code GET /meetings/{id}/attendance} does, through the service's own
 * beans (Hibernate ORM with Panache on the test's embedded PostgreSQL, connected directly). Not a
 * test: its name is not one surefire runs by default, so {@code verify} never runs it; run it with
 *
 * <pre>
 * ./mvnw -B verify -pl attendance-service -am -Dtest=AttendanceQueryBenchmark \
 *   -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * and read the figure it prints.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(
    value = AttendanceQueryBenchmark.DirectPostgres.class,
    restrictToAnnotatedClass = true)
class AttendanceQueryBenchmark {
  /**
   * The shared test PostgreSQL without the outage proxy the other tests go through (a Java TCP
   * relay in the test JVM that would dominate a 1,200-row read). Restricted to this class: for
   * every other test the proxy must stay in the path, or their outages would not reach the service.
   */
  public static class DirectPostgres implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
      TestPostgres.Database db = TestPostgres.database();
      return Map.of(
          "quarkus.datasource.jdbc.url", db.jdbcUrl(),
          "quarkus.datasource.username", db.username(),
          "quarkus.datasource.password", db.password());
    }

    @Override
    public void stop() {
      // shared by the JVM
    }
  }

  /** The default tenant of the tests (no ROLLCALL_ZOOM_ACCOUNT_ID). */
  private static final String TENANT = "default";

  private static final String MEETING = "990000000001";
  private static final String INSTANCE = "Bench+instance/1==";
  private static final Instant T0 = Instant.parse("2026-09-14T15:00:00Z");
  private static final int PEOPLE = 1_000;
  private static final int WARMUP = 100;
  private static final int RUNS = 500;

  @Inject DataSource dataSource;
  @Inject AttendanceQueryService query;

  @Test
  void timeTheAttendanceQuery() throws Exception {
    int connections;
    try (Connection connection = dataSource.getConnection()) {
      connections = load(connection);
    }
    ObjectMapper json =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    int size = 0;
    for (int i = 0; i < WARMUP; i++) {
      size = once(query, json);
    }
    long[] nanos = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      once(query, json);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf(
        "attendance query, %d people, %d connections, %d bytes of JSON, %d runs:"
            + " p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        PEOPLE,
        connections,
        size,
        RUNS,
        nanos[RUNS / 2] / 1e6,
        nanos[(int) (RUNS * 0.99)] / 1e6,
        nanos[RUNS - 1] / 1e6);
  }

  /** One query in its own request context (its own Hibernate session), as one HTTP request. */
  private static int once(AttendanceQueryService query, ObjectMapper json) throws Exception {
    ManagedContext request = Arc.container().requestContext();
    request.activate();
    try {
      InstanceAttendance attendance = query.attendance(TENANT, MEETING, INSTANCE);
      return json.writeValueAsBytes(InstanceAttendanceView.of(attendance)).length;
    } finally {
      request.terminate();
    }
  }

  /** One instance: 1,000 people, every fifth with a reconnect, every tenth unresolved. */
  private static int load(Connection db) throws SQLException {
    try (var clear = db.createStatement()) {
      clear.execute("DELETE FROM waiting_mark WHERE instance_uuid = '" + INSTANCE + "'");
      clear.execute("DELETE FROM connection WHERE instance_uuid = '" + INSTANCE + "'");
      clear.execute("DELETE FROM meeting_instance WHERE instance_uuid = '" + INSTANCE + "'");
    }
    try (PreparedStatement instance =
        db.prepareStatement(
            "INSERT INTO meeting_instance (instance_uuid, meeting_id, started_at, ended_at,"
                + " first_seen_at, tenant) VALUES (?, ?, ?, ?, ?, '"
                + TENANT
                + "')")) {
      instance.setString(1, INSTANCE);
      instance.setString(2, MEETING);
      instance.setObject(3, T0.atOffset(ZoneOffset.UTC));
      instance.setObject(4, T0.plusSeconds(3600).atOffset(ZoneOffset.UTC));
      instance.setObject(5, T0.atOffset(ZoneOffset.UTC));
      instance.executeUpdate();
    }
    int connections = 0;
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO connection (instance_uuid, connection_id, chain_key, joined_at, left_at,"
                + " leave_reason, reported_name, name_from_join, ref, role, name, email, method,"
                + " confidence, flags, revision, tenant) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?,"
                + " ?, ?, ?, ?, 1, '"
                + TENANT
                + "')")) {
      for (int p = 0; p < PEOPLE; p++) {
        int sessions = p % 5 == 0 ? 2 : 1;
        for (int s = 0; s < sessions; s++) {
          String id = "u:" + p + ":" + s;
          boolean resolved = p % 10 != 0;
          insert.setString(1, INSTANCE);
          insert.setString(2, id);
          insert.setString(3, id);
          insert.setObject(4, T0.plusSeconds(p + s * 1200L).atOffset(ZoneOffset.UTC));
          insert.setObject(5, T0.plusSeconds(1000 + p + s * 1500L).atOffset(ZoneOffset.UTC));
          insert.setString(6, "left the meeting.");
          insert.setString(7, "Device " + p);
          insert.setString(8, resolved ? "person-" + p : null);
          insert.setString(9, resolved ? "INVITEE" : null);
          insert.setString(10, resolved ? "Person " + p : null);
          insert.setString(11, resolved ? "person" + p + "@example.edu" : null);
          insert.setString(12, resolved ? "REGISTRANT" : "NONE");
          insert.setString(13, resolved ? "EXACT" : "NONE");
          insert.setArray(
              14, db.createArrayOf("text", resolved ? new String[0] : new String[] {"UNINVITED"}));
          insert.addBatch();
          connections++;
        }
      }
      insert.executeBatch();
    }
    try (var analyze = db.createStatement()) {
      analyze.execute("ANALYZE");
    }
    return connections;
  }
}
