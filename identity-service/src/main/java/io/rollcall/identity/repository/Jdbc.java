package io.rollcall.identity.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Plain JDBC in the caller's transaction, with java.time conversions in one place. */
final class Jdbc {
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private final DataSource dataSource;

  Jdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  int update(String sql, Object... params) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement = db.prepareStatement(sql)) {
      bind(statement, params);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new RepositoryException("cannot run: " + firstWords(sql), e);
    }
  }

  <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement = db.prepareStatement(sql)) {
      bind(statement, params);
      List<T> result = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          result.add(mapper.map(rows));
        }
      }
      return result;
    } catch (SQLException e) {
      throw new RepositoryException("cannot run: " + firstWords(sql), e);
    }
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static void bind(PreparedStatement statement, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object value = params[i];
      if (value instanceof Instant instant) {
        value = instant.atOffset(ZoneOffset.UTC);
      } else if (value instanceof Enum<?> e) {
        value = e.name();
      } else if (value instanceof Long[] ids) {
        value = statement.getConnection().createArrayOf("bigint", ids);
      } else if (value instanceof Integer[] ints) {
        value = statement.getConnection().createArrayOf("integer", ints);
      } else if (value instanceof String[] texts) {
        value = statement.getConnection().createArrayOf("text", texts);
      }
      statement.setObject(i + 1, value);
    }
  }

  private static String firstWords(String sql) {
    return sql.length() > 60 ? sql.substring(0, 60) + "…" : sql;
  }
}
