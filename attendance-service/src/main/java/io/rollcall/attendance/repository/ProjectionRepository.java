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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/** Writes the projection. Callers run inside one transaction per applied message. */
@Singleton
public class ProjectionRepository {

  private final DataSource dataSource;

  public ProjectionRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Records the message ids in one statement (hand-written: per batch, not one round trip per
   * message; attendance-service made about eight round trips per message at 100 concurrent meetings
   * and its batches took several ms per message at 250 messages/s).
   *
   * @return the ids that had not been applied before
   */
  public Set<String> markProcessed(Collection<String> eventIds) {
    if (eventIds.isEmpty()) {
      return Set.of();
    }
    Set<String> fresh = new HashSet<>();
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement =
            db.prepareStatement(
                "INSERT INTO processed_message (event_id) SELECT unnest(?::text[])"
                    + " ON CONFLICT DO NOTHING RETURNING event_id")) {
      statement.setArray(1, db.createArrayOf("text", eventIds.toArray()));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          fresh.add(rows.getString(1));
        }
      }
      return fresh;
    } catch (SQLException e) {
      throw new RepositoryException("cannot write the projection", e);
    }
  }

  /** An instance's meeting and the earliest event time in a batch. */
  public record Touch(String meetingId, Instant occurredAt) {
    /** The same time for {@code meeting}: the instance's meeting is the one first seen. */
    public Touch withMeeting(String meeting) {
      return new Touch(meeting, occurredAt);
    }
  }

  /**
   * Creates each instance of a batch on its first event and keeps the earliest event time seen, in
   * one statement.
   */
  public void touchInstances(Map<String, Touch> byInstance) {
    if (byInstance.isEmpty()) {
      return;
    }
    List<String> instances = List.copyOf(byInstance.keySet());
    update(
        """
        INSERT INTO meeting_instance (instance_uuid, meeting_id, first_seen_at)
        SELECT u, m, t::timestamptz FROM unnest(?::text[], ?::text[], ?::text[]) AS r(u, m, t)
        ON CONFLICT (instance_uuid) DO UPDATE
          SET first_seen_at = LEAST(meeting_instance.first_seen_at, EXCLUDED.first_seen_at)
        """,
        s -> {
          Connection db = s.getConnection();
          s.setArray(1, db.createArrayOf("text", instances.toArray()));
          s.setArray(
              2,
              db.createArrayOf(
                  "text", instances.stream().map(i -> byInstance.get(i).meetingId()).toArray()));
          s.setArray(
              3,
              db.createArrayOf(
                  "text",
                  instances.stream()
                      .map(i -> byInstance.get(i).occurredAt())
                      .map(t -> t == null ? null : t.toString())
                      .toArray()));
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

  /** One connection of one instance. */
  public record ConnectionKey(String instanceUuid, String connectionId) {}

  /**
   * The stored state of every connection a batch touches (created empty if new), locked for this
   * transaction, in two round trips (a JDBC batch of inserts of the missing ones, then one locking
   * read), locked in key order.
   */
  public Map<ConnectionKey, ConnectionState> lockConnections(Collection<ConnectionKey> keys) {
    Map<ConnectionKey, ConnectionState> result = new HashMap<>();
    if (keys.isEmpty()) {
      return result;
    }
    List<ConnectionKey> sorted =
        keys.stream()
            .distinct()
            .sorted(
                Comparator.comparing(ConnectionKey::instanceUuid)
                    .thenComparing(ConnectionKey::connectionId))
            .toList();
    try (Connection db = dataSource.getConnection()) {
      try (PreparedStatement insert = db.prepareStatement(INSERT_EMPTY)) {
        for (ConnectionKey key : sorted) {
          insert.setString(1, key.instanceUuid());
          insert.setString(2, key.connectionId());
          ConnectionRows.bind(db, insert, 3, ConnectionState.empty(key.connectionId()));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT instance_uuid, "
                  + ConnectionRows.COLUMNS
                  + " FROM connection WHERE (instance_uuid, connection_id) IN"
                  + " (SELECT * FROM unnest(?::text[], ?::text[]))"
                  + " ORDER BY instance_uuid, connection_id FOR UPDATE")) {
        select.setArray(
            1,
            db.createArrayOf("text", sorted.stream().map(ConnectionKey::instanceUuid).toArray()));
        select.setArray(
            2,
            db.createArrayOf("text", sorted.stream().map(ConnectionKey::connectionId).toArray()));
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            ConnectionState state = ConnectionRows.read(rows);
            result.put(
                new ConnectionKey(rows.getString("instance_uuid"), state.connectionId()), state);
          }
        }
      }
      return result;
    } catch (SQLException e) {
      throw new RepositoryException("cannot lock connections", e);
    }
  }

  private static final String INSERT_EMPTY =
      "INSERT INTO connection (instance_uuid, connection_id, "
          + ConnectionRows.COLUMNS.replace("connection_id, ", "")
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT DO NOTHING";

  /**
   * An attendee of one instance ({@code ref:…} or {@code chain:…}, as {@link
   * ConnectionState#attendeeKey()}).
   */
  public record AttendeeRef(String instanceUuid, String attendeeKey) {}

  /**
   * The stored connections of the attendees, in one statement (what {@link
   * AttendanceReadRepository#attendeeConnections} reads for one attendee).
   */
  public Map<ConnectionKey, ConnectionState> attendeesConnections(
      Collection<AttendeeRef> attendees) {
    List<String> refInstances = new ArrayList<>();
    List<String> refs = new ArrayList<>();
    List<String> chainInstances = new ArrayList<>();
    List<String> chains = new ArrayList<>();
    for (AttendeeRef a : attendees) {
      if (a.attendeeKey().startsWith("ref:")) {
        refInstances.add(a.instanceUuid());
        refs.add(a.attendeeKey().substring("ref:".length()));
      } else {
        chainInstances.add(a.instanceUuid());
        chains.add(a.attendeeKey().substring("chain:".length()));
      }
    }
    Map<ConnectionKey, ConnectionState> result = new HashMap<>();
    if (attendees.isEmpty()) {
      return result;
    }
    try (Connection db = dataSource.getConnection();
        PreparedStatement select =
            db.prepareStatement(
                "SELECT instance_uuid, "
                    + ConnectionRows.COLUMNS
                    + " FROM connection WHERE (instance_uuid, ref) IN"
                    + " (SELECT * FROM unnest(?::text[], ?::text[]))"
                    + " UNION ALL SELECT instance_uuid, "
                    + ConnectionRows.COLUMNS
                    + " FROM connection WHERE ref IS NULL AND (instance_uuid, chain_key) IN"
                    + " (SELECT * FROM unnest(?::text[], ?::text[]))")) {
      select.setArray(1, db.createArrayOf("text", refInstances.toArray()));
      select.setArray(2, db.createArrayOf("text", refs.toArray()));
      select.setArray(3, db.createArrayOf("text", chainInstances.toArray()));
      select.setArray(4, db.createArrayOf("text", chains.toArray()));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ConnectionState state = ConnectionRows.read(rows);
          result.put(
              new ConnectionKey(rows.getString("instance_uuid"), state.connectionId()), state);
        }
      }
      return result;
    } catch (SQLException e) {
      throw new RepositoryException("cannot read connections", e);
    }
  }

  /** The stored waiting-room marks of the connections, in one statement. */
  public Map<ConnectionKey, List<WaitingMark>> waitingMarks(Collection<ConnectionKey> connections) {
    Map<ConnectionKey, List<WaitingMark>> marks = new HashMap<>();
    if (connections.isEmpty()) {
      return marks;
    }
    try (Connection db = dataSource.getConnection();
        PreparedStatement select =
            db.prepareStatement(
                "SELECT instance_uuid, connection_id, at, entered FROM waiting_mark"
                    + " WHERE (instance_uuid, connection_id) IN"
                    + " (SELECT * FROM unnest(?::text[], ?::text[]))")) {
      select.setArray(
          1,
          db.createArrayOf(
              "text", connections.stream().map(ConnectionKey::instanceUuid).toArray()));
      select.setArray(
          2,
          db.createArrayOf(
              "text", connections.stream().map(ConnectionKey::connectionId).toArray()));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          marks
              .computeIfAbsent(
                  new ConnectionKey(rows.getString(1), rows.getString(2)), k -> new ArrayList<>())
              .add(new WaitingMark(Sql.instant(rows, "at"), rows.getBoolean("entered")));
        }
      }
      return marks;
    } catch (SQLException e) {
      throw new RepositoryException("cannot read waiting marks", e);
    }
  }

  /**
   * Stores the connections' states (rows locked by {@link #lockConnections}), in one JDBC batch.
   */
  public void saveConnections(Map<ConnectionKey, ConnectionState> states) {
    if (states.isEmpty()) {
      return;
    }
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement =
            db.prepareStatement(
                "UPDATE connection SET "
                    + ConnectionRows.UPDATE_SET
                    + " WHERE instance_uuid = ? AND connection_id = ?")) {
      for (Map.Entry<ConnectionKey, ConnectionState> e : states.entrySet()) {
        int next = ConnectionRows.bind(db, statement, 1, e.getValue());
        statement.setString(next, e.getKey().instanceUuid());
        statement.setString(next + 1, e.getKey().connectionId());
        statement.addBatch();
      }
      statement.executeBatch();
    } catch (SQLException e) {
      throw new RepositoryException("cannot save connections", e);
    }
  }

  /** Stores waiting-room marks (a mark stored already is kept once), in one JDBC batch. */
  public void addWaitingMarks(List<Map.Entry<ConnectionKey, WaitingMark>> marks) {
    if (marks.isEmpty()) {
      return;
    }
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement =
            db.prepareStatement(
                "INSERT INTO waiting_mark (instance_uuid, connection_id, at, entered)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      for (Map.Entry<ConnectionKey, WaitingMark> e : marks) {
        statement.setString(1, e.getKey().instanceUuid());
        statement.setString(2, e.getKey().connectionId());
        Sql.setInstant(statement, 3, e.getValue().at());
        statement.setBoolean(4, e.getValue().entered());
        statement.addBatch();
      }
      statement.executeBatch();
    } catch (SQLException e) {
      throw new RepositoryException("cannot store waiting marks", e);
    }
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
