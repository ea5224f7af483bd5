package io.rollcall.identity.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.testsupport.TestMigrations;
import io.rollcall.testsupport.TestPostgres;
import io.rollcall.testsupport.TestPostgres.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * V6 gives every link, instance and manual assignment written before tenants the default tenant
 * (placeholder {@code default_tenant}), also those a replica of the previous version writes during
 * a rolling update.
 */
class TenantMigrationTest {
  private static final Map<String, String> PLACEHOLDERS =
      Map.of("outbox_topic", "rollcall.participants.v1", "default_tenant", "acct-default");

  @Test
  void rowsWrittenBeforeTenantsBelongToTheDefaultTenant() throws SQLException {
    Database db = TestPostgres.fresh("identity_tenant_migration");
    TestMigrations.migrate(db, "5", PLACEHOLDERS);
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO link (link_id, meeting_id, role, status, event_id)"
              + " VALUES ('l-1', 'm-1', 'INVITEE', 'ISSUED', 'e-1')");
      s.executeUpdate(
          "INSERT INTO instance_version (instance_uuid, meeting_id, version) VALUES ('i-1', 'm-1', 1)");
      s.executeUpdate(
          "INSERT INTO manual_assignment (event_id, instance_uuid, meeting_id, connection_id,"
              + " assigned_by, assigned_at) VALUES ('a-1', 'i-1', 'm-1', 'u:1', 'key:k', now())");
    }
    TestMigrations.migrate(db, "latest", PLACEHOLDERS);
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      // What a replica of the previous version writes during a rolling update.
      s.executeUpdate(
          "INSERT INTO link (link_id, meeting_id, role, status, event_id)"
              + " VALUES ('l-2', 'm-1', 'INVITEE', 'ISSUED', 'e-2')");
    }

    assertThat(tenants(db, "SELECT tenant FROM link ORDER BY link_id"))
        .containsExactly("acct-default", "acct-default");
    assertThat(tenants(db, "SELECT tenant FROM instance_version")).containsExactly("acct-default");
    assertThat(tenants(db, "SELECT tenant FROM manual_assignment")).containsExactly("acct-default");
  }

  private static List<String> tenants(Database db, String sql) throws SQLException {
    List<String> result = new ArrayList<>();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        result.add(r.getString(1));
      }
    }
    return result;
  }
}
