package io.rollcall.testsupport;

import io.rollcall.testsupport.TestPostgres.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * Runs the calling service's Flyway migrations ({@code classpath:db/migration}) on a database of
 * its own ({@link TestPostgres#fresh}), up to a version, so that a test can write rows in an old
 * shape and check what a later migration makes of them.
 */
public final class TestMigrations {
  private TestMigrations() {}

  /**
   * Migrates {@code db} up to {@code target} ("1", "3", or "latest").
   *
   * @param placeholders Flyway placeholders the migrations use (as in {@code
   *     quarkus.flyway.placeholders.*})
   */
  public static void migrate(Database db, String target, Map<String, String> placeholders) {
    Flyway.configure()
        .dataSource(db.jdbcUrl(), db.username(), db.password())
        .locations("classpath:db/migration")
        .placeholders(placeholders)
        .target(target)
        .load()
        .migrate();
  }

  /**
   * For identity- and attendance-service, whose outbox had the text-payload shape without a topic
   * before service-outbox: on a fresh database migrated to {@code before}, writes one unpublished
   * row ({@code e-1}) and one published row ({@code e-2}), migrates to the latest version, writes
   * one more row as the previous version would ({@code e-3}, no topic) and reads the outbox back.
   *
   * @return one line a row in id order: {@code "<id> <event id> <topic> <key> <payload>
   *     waiting=<unpublished>"}
   */
  public static List<String> textOutboxAfterMigration(
      String database, String before, Map<String, String> placeholders) throws SQLException {
    Database db = TestPostgres.fresh(database);
    migrate(db, before, placeholders);
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO outbox (event_id, message_key, payload, published_at) VALUES"
              + " ('e-1', 'k-1', '{\"n\":1}', NULL), ('e-2', 'k-2', '{\"n\":2}', now())");
    }
    migrate(db, "latest", placeholders);
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      // What a replica of the previous version writes during a rolling update.
      s.executeUpdate(
          "INSERT INTO outbox (event_id, message_key, payload) VALUES ('e-3', 'k-3', '{}')");
    }
    return outboxRows(db);
  }

  /**
   * The outbox of {@code db} in service-outbox's shape, one line a row in id order: {@code "<id>
   * <event id> <topic> <key> <payload> waiting=<unpublished>"}.
   */
  public static List<String> outboxRows(Database db) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT id, event_id, topic, message_key, payload, published_at IS NULL"
                    + " FROM outbox ORDER BY id")) {
      while (r.next()) {
        rows.add(
            String.join(
                " ",
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                "waiting=" + r.getBoolean(6)));
      }
    }
    return rows;
  }
}
