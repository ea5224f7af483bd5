package io.rollcall.meeting.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.testsupport.TestMigrations;
import io.rollcall.testsupport.TestPostgres;
import io.rollcall.testsupport.TestPostgres.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * V5 gives every meeting, link and click written before tenants to the default tenant (the
 * placeholder {@code default_tenant}, the configured ROLLCALL_ZOOM_ACCOUNT_ID), and then requires
 * every new row to name its tenant.
 */
class TenantMigrationTest {

  @Test
  void rowsWrittenBeforeTenants_belongToTheDefaultTenant_andNewRowsMustNameOne()
      throws SQLException {
    Database db = TestPostgres.fresh("meeting_tenant_migration");
    TestMigrations.migrate(db, "4", Map.of());
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO meeting (meeting_id, host_ref, host_id, topic, type,"
              + " registration_required, meeting_authentication, waiting_room, join_before_host,"
              + " allow_multiple_devices, created_at) VALUES ('m-1', 'h', 'hid', 't', 2, true,"
              + " false, false, false, false, now())");
      s.executeUpdate(
          "INSERT INTO link (link_id, meeting_id, invitee_ref, email, registrant_id, join_url,"
              + " customer_key, status, issued_at) VALUES ('l-1', 'm-1', 'r-1', 'a@example.org',"
              + " 'reg', 'https://zoom.example/j/1', 'ck-1', 'ISSUED', now())");
    }

    TestMigrations.migrate(db, "latest", Map.of("default_tenant", "acct-default"));

    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      assertThat(one(s, "SELECT tenant FROM meeting WHERE meeting_id = 'm-1'"))
          .isEqualTo("acct-default");
      assertThat(one(s, "SELECT tenant FROM link WHERE link_id = 'l-1'")).isEqualTo("acct-default");
      assertThat(
              one(
                  s,
                  "SELECT column_default IS NULL FROM information_schema.columns"
                      + " WHERE table_name = 'meeting' AND column_name = 'tenant'"))
          .isEqualTo("t");
    }
  }

  private static String one(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
