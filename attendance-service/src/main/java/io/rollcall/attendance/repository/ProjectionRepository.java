package io.rollcall.attendance.repository;

import io.rollcall.attendance.domain.ConnectionState;
import io.rollcall.attendance.domain.WaitingMark;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;

/** Writes the projection. Callers run inside one transaction per applied message. */
@Singleton
public class ProjectionRepository {

  private final DataSource dataSource;

  public ProjectionRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Records a message id; false when it was already applied (a duplicate). */
  public boolean markProcessed(String eventId) {
    return update(
            "INSERT INTO processed_message (event_id) VALUES (?) ON CONFLICT DO NOTHING",
            s -> s.setString(1, eventId))
        == 1;
  }

  /** Creates the instance on its first event and keeps the earliest event time seen. */
  public void touchInstance(String instanceUuid, String meetingId, Instant occurredAt) {
    update(
        """
        INSERT INTO meeting_instance (instance_uuid, meeting_id, first_seen_at) VALUES (?, ?, ?)
        ON CONFLICT (instance_uuid) DO UPDATE
          SET first_seen_at = LEAST(meeting_instance.first_seen_at, EXCLUDED.first_seen_at)
        """,
        s -> {
          s.setString(1, instanceUuid);
          s.setString(2, meetingId);
          Sql.setInstant(s, 3, occurredAt);
        });
  }

  /** meeting.started: the earliest start reported wins, so duplicates do not move it. */
  public void recordStart(String instanceUuid, Instant startedAt, String topic, String hostId) {
    update(
        """
        UPDATE meeting_instance
           SET started_at = LEAST(started_at, ?), topic = COALESCE(?, topic),
               host_id = COALESCE(?, host_id)
         WHERE instance_uuid = ?
        """,
        s -> {
          Sql.setInstant(s, 1, startedAt);
          s.setString(2, topic);
          s.setString(3, hostId);
          s.setString(4, instanceUuid);
        });
  }

  /** meeting.ended: the latest end reported wins. */
  public void recordEnd(String instanceUuid, Instant endedAt) {
    update(
        "UPDATE meeting_instance SET ended_at = GREATEST(ended_at, ?) WHERE instance_uuid = ?",
        s -> {
          Sql.setInstant(s, 1, endedAt);
          s.setString(2, instanceUuid);
        });
  }

  /** The connection's stored state, locked for this transaction (created empty if new). */
  public ConnectionState lockConnection(String instanceUuid, String connectionId) {
    ConnectionState empty = ConnectionState.empty(connectionId);
    try (Connection db = dataSource.getConnection()) {
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO connection (instance_uuid, connection_id, "
                  + ConnectionRows.COLUMNS.replace("connection_id, ", "")
                  + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                  + " ON CONFLICT DO NOTHING")) {
        insert.setString(1, instanceUuid);
        insert.setString(2, connectionId);
        ConnectionRows.bind(db, insert, 3, empty);
        insert.executeUpdate();
      }
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT "
                  + ConnectionRows.COLUMNS
                  + " FROM connection WHERE instance_uuid = ? AND connection_id = ? FOR UPDATE")) {
        select.setString(1, instanceUuid);
        select.setString(2, connectionId);
        try (ResultSet rows = select.executeQuery()) {
          rows.next();
          return ConnectionRows.read(rows);
        }
      }
    } catch (SQLException e) {
      throw new RepositoryException("cannot lock connection", e);
    }
  }

  public void saveConnection(String instanceUuid, ConnectionState state) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement =
            db.prepareStatement(
                "UPDATE connection SET "
                    + ConnectionRows.UPDATE_SET
                    + " WHERE instance_uuid = ? AND connection_id = ?")) {
      int next = ConnectionRows.bind(db, statement, 1, state);
      statement.setString(next, instanceUuid);
      statement.setString(next + 1, state.connectionId());
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new RepositoryException("cannot save connection", e);
    }
  }

  public void addWaitingMark(String instanceUuid, String connectionId, WaitingMark mark) {
    update(
        "INSERT INTO waiting_mark (instance_uuid, connection_id, at, entered)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        s -> {
          s.setString(1, instanceUuid);
          s.setString(2, connectionId);
          Sql.setInstant(s, 3, mark.at());
          s.setBoolean(4, mark.entered());
        });
  }

  /** Empties the projection (not the outbox) before a rebuild. */
  public void wipe() {
    try (Connection db = dataSource.getConnection();
        Statement statement = db.createStatement()) {
      statement.execute("TRUNCATE waiting_mark, connection, meeting_instance, processed_message");
    } catch (SQLException e) {
      throw new RepositoryException("cannot wipe the projection", e);
    }
  }

  private int update(String sql, Binder binder) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement = db.prepareStatement(sql)) {
      binder.bind(statement);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new RepositoryException("cannot write the projection", e);
    }
  }

  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }
}
