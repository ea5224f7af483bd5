package io.rollcall.localstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The services' databases, each created on first start and kept afterwards. */
final class PostgresDatabases {
  static final List<String> NAMES =
      List.of("rollcall_meeting", "rollcall_identity", "rollcall_attendance");

  private PostgresDatabases() {}

  static void createMissing(String adminJdbcUrl, String user, String password) throws SQLException {
    try (Connection connection = DriverManager.getConnection(adminJdbcUrl, user, password)) {
      for (String name : NAMES) {
        if (!exists(connection, name)) {
          try (Statement statement = connection.createStatement()) {
            // Names come from the fixed list above, never from input.
            statement.execute("CREATE DATABASE " + name);
          }
        }
      }
    }
  }

  private static boolean exists(Connection connection, String name) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      query.setString(1, name);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }
}
