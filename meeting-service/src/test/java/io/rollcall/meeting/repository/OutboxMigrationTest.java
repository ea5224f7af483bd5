package io.rollcall.meeting.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.testsupport.TestMigrations;
import io.rollcall.testsupport.TestPostgres;
import io.rollcall.testsupport.TestPostgres.Database;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * V2 converts V1's outbox (bytea payload, sent_at) to service-outbox's shape: a row not yet sent
 * keeps its id, topic, key and payload and is still waiting; a sent one stays published.
 */
class OutboxMigrationTest {

  @Test
  void unsentRowsSurviveTheSharedShapeMigration_andStillWait() throws SQLException {
    Database db = TestPostgres.fresh("meeting_outbox_migration");
    TestMigrations.migrate(db, "1", Map.of());
    String json = "{\"event_id\":\"e-1\",\"name\":\"María\"}";
    try (Connection c = db.connect();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO outbox (event_id, topic, message_key, payload, created_at, sent_at)"
                    + " VALUES (?, 'rollcall.links.v1', ?, ?, now(),"
                    + " CASE WHEN ? THEN now() END)")) {
      for (String id : List.of("e-1", "e-2")) {
        insert.setString(1, id);
        insert.setString(2, "link-" + id);
        insert.setBytes(3, json.replace("e-1", id).getBytes(StandardCharsets.UTF_8));
        insert.setBoolean(4, id.equals("e-2"));
        insert.executeUpdate();
      }
    }

    // V5 (tenants) backfills existing rows with the default tenant, given as a placeholder.
    TestMigrations.migrate(db, "latest", Map.of("default_tenant", "default"));

    List<String> rows = TestMigrations.outboxRows(db);
    assertThat(rows)
        .containsExactly(
            "1 e-1 rollcall.links.v1 link-e-1 " + json + " waiting=true",
            "2 e-2 rollcall.links.v1 link-e-2 " + json.replace("e-1", "e-2") + " waiting=false");
  }
}
