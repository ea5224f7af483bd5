package io.rollcall.attendance.it;

import io.rollcall.events.ConnectionCorrected;
import io.rollcall.events.InstanceReconciled;
import io.rollcall.events.MeetingEnded;
import io.rollcall.events.MeetingStarted;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ParticipantMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Tenants and traces of people in the service's database, for the tenancy and erasure tests. */
final class Traces {

  private Traces() {}

  /** The messages as identity-service publishes them for {@code tenant}. */
  static List<ParticipantMessage> inTenant(List<ParticipantMessage> messages, String tenant) {
    return messages.stream().map(m -> inTenant(m, tenant)).toList();
  }

  private static ParticipantMessage inTenant(ParticipantMessage message, String tenant) {
    if (message instanceof ParticipantEvent e) {
      return e.withTenant(tenant);
    } else if (message instanceof ConnectionCorrected c) {
      return c.withTenant(tenant);
    } else if (message instanceof MeetingStarted s) {
      return s.withTenant(tenant);
    } else if (message instanceof InstanceReconciled r) {
      return r.withTenant(tenant);
    }
    return ((MeetingEnded) message).withTenant(tenant);
  }

  /**
   * Every {@code table.column} of the service's schema whose text (text, varchar, arrays, as text)
   * contains one of {@code needles}, case-insensitively: a search over all tables.
   */
  static List<String> find(DataSource dataSource, String... needles) throws SQLException {
    List<String> hits = new ArrayList<>();
    try (Connection db = dataSource.getConnection()) {
      List<String[]> columns = new ArrayList<>();
      try (PreparedStatement statement =
              db.prepareStatement(
                  "SELECT table_name, column_name FROM information_schema.columns"
                      + " WHERE table_schema = current_schema()"
                      + " AND data_type IN ('text', 'character varying', 'ARRAY', 'jsonb')");
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          columns.add(new String[] {rows.getString(1), rows.getString(2)});
        }
      }
      for (String[] column : columns) {
        for (String needle : needles) {
          String sql =
              "SELECT count(*) FROM \"%s\" WHERE \"%s\"::text ILIKE ?"
                  .formatted(column[0], column[1]);
          try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, "%" + needle + "%");
            try (ResultSet rows = statement.executeQuery()) {
              rows.next();
              if (rows.getInt(1) > 0) {
                hits.add(column[0] + "." + column[1] + " holds " + needle);
              }
            }
          }
        }
      }
    }
    return hits;
  }

  /** How many rows of {@code sql} (a count query with one text parameter). */
  static int count(DataSource dataSource, String sql, String parameter) throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
