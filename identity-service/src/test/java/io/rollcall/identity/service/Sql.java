package io.rollcall.identity.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Plain SQL over identity-service's tables, for assertions. */
final class Sql {
  private Sql() {}

  static long count(DataSource dataSource, String sql, Object... params) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every table of the service's schema (Flyway's history excluded). */
  static List<String> tables(DataSource dataSource) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement =
            db.prepareStatement(
                "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                    + " AND table_name <> 'flyway_schema_history' ORDER BY table_name");
        ResultSet rs = statement.executeQuery()) {
      List<String> tables = new ArrayList<>();
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
      return tables;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many rows of {@code table}, read as text, contain {@code value}. */
  static long rowsContaining(DataSource dataSource, String table, String value) {
    return count(
        dataSource, "SELECT count(*) FROM \"" + table + "\" t WHERE strpos(t::text, ?) > 0", value);
  }
}
