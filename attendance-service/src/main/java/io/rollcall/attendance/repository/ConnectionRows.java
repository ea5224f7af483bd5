package io.rollcall.attendance.repository;

import io.rollcall.attendance.domain.ConnectionState;
import io.rollcall.events.Confidence;
import io.rollcall.events.Flag;
import io.rollcall.events.Identity;
import io.rollcall.events.LinkRole;
import io.rollcall.events.ResolutionMethod;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;

/** Maps the {@code connection} table to {@link ConnectionState} and back. */
final class ConnectionRows {

  static final String COLUMNS =
      "connection_id, chain_key, joined_at, left_at, leave_reason, reported_name, name_from_join,"
          + " ref, role, name, email, method, confidence, flags, revision, breakout_room_uuid,"
          + " via_link_of";

  private ConnectionRows() {}

  static ConnectionState read(ResultSet rows) throws SQLException {
    String role = rows.getString("role");
    Identity identity =
        new Identity(
            rows.getString("ref"),
            role == null ? null : LinkRole.valueOf(role),
            rows.getString("name"),
            rows.getString("email"),
            ResolutionMethod.valueOf(rows.getString("method")),
            Confidence.valueOf(rows.getString("confidence")),
            rows.getString("via_link_of"));
    return new ConnectionState(
        rows.getString("connection_id"),
        rows.getString("chain_key"),
        Sql.instant(rows, "joined_at"),
        Sql.instant(rows, "left_at"),
        rows.getString("leave_reason"),
        rows.getString("reported_name"),
        rows.getBoolean("name_from_join"),
        identity,
        flags(rows.getArray("flags")),
        rows.getInt("revision"),
        rows.getString("breakout_room_uuid"));
  }

  /** Every column except the key, in the order {@link #bind} binds them. */
  static final String UPDATE_SET =
      "chain_key = ?, joined_at = ?, left_at = ?, leave_reason = ?, reported_name = ?,"
          + " name_from_join = ?, ref = ?, role = ?, name = ?, email = ?, method = ?,"
          + " confidence = ?, flags = ?, revision = ?, breakout_room_uuid = ?, via_link_of = ?";

  /**
   * Binds the columns of {@link #UPDATE_SET} from parameter {@code first} on; returns the next free
   * parameter index.
   */
  static int bind(Connection db, PreparedStatement statement, int first, ConnectionState state)
      throws SQLException {
    Identity identity = state.identity();
    int i = first;
    statement.setString(i++, state.chainKey());
    Sql.setInstant(statement, i++, state.joinedAt());
    Sql.setInstant(statement, i++, state.leftAt());
    statement.setString(i++, state.leaveReason());
    statement.setString(i++, state.reportedName());
    statement.setBoolean(i++, state.nameFromJoin());
    statement.setString(i++, identity.ref());
    statement.setString(i++, identity.role() == null ? null : identity.role().name());
    statement.setString(i++, identity.name());
    statement.setString(i++, identity.email());
    ResolutionMethod method = identity.method() == null ? ResolutionMethod.NONE : identity.method();
    statement.setString(i++, method.name());
    Confidence confidence =
        identity.confidence() == null ? method.confidence() : identity.confidence();
    statement.setString(i++, confidence.name());
    String[] flags = state.flags().stream().map(Flag::name).sorted().toArray(String[]::new);
    statement.setArray(i++, db.createArrayOf("text", flags));
    statement.setInt(i++, state.revision());
    statement.setString(i++, state.breakoutRoomUuid());
    statement.setString(i++, identity.viaLinkOf());
    return i;
  }

  private static Set<Flag> flags(Array array) throws SQLException {
    EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
    if (array != null) {
      for (Object name : (Object[]) array.getArray()) {
        flags.add(Flag.valueOf((String) name));
      }
    }
    return flags;
  }
}
