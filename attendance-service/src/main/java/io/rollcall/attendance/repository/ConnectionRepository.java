package io.rollcall.attendance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rollcall.attendance.domain.ConnectionFacts;
import io.rollcall.attendance.domain.ConnectionState;
import io.rollcall.attendance.domain.WaitingMark;
import io.rollcall.attendance.repository.entity.ConnectionEntity;
import io.rollcall.attendance.repository.entity.WaitingMarkEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.jpa.HibernateHints;

/**
 * Connections (table {@code connection}). The attendance API reads them as read-only entities with
 * their waiting-room marks (no snapshot kept, nothing flushed back). The projection locks, reads
 * and writes a batch's connections with one SQL statement each (SQL for the reason {@link
 * ProcessedMessageRepository} gives).
 */
@ApplicationScoped
public class ConnectionRepository
    implements PanacheRepositoryBase<ConnectionEntity, ConnectionEntity.Key> {
  private final DataSource dataSource;

  public ConnectionRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Every connection of the instance with its waiting-room marks. */
  public List<ConnectionFacts> ofInstance(String instanceUuid) {
    List<ConnectionEntity> rows =
        find("instanceUuid", instanceUuid).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    return withMarks(
        rows,
        getEntityManager()
            .createQuery(
                "from WaitingMarkEntity m where m.instanceUuid = :i", WaitingMarkEntity.class)
            .setParameter("i", instanceUuid)
            .setHint(HibernateHints.HINT_READ_ONLY, true)
            .getResultList());
  }

  /**
   * The connections that count for one attendee of the instance: key {@code ref:<ref>} (a resolved
   * person) or {@code chain:<chain key>} (an unresolved connection chain).
   */
  public List<ConnectionFacts> ofAttendee(String instanceUuid, String attendeeKey) {
    List<ConnectionEntity> rows =
        (attendeeKey.startsWith("ref:")
                ? find("instanceUuid = ?1 and ref = ?2", instanceUuid, attendeeKey.substring(4))
                : find(
                    "instanceUuid = ?1 and ref is null and chainKey = ?2",
                    instanceUuid,
                    attendeeKey.substring("chain:".length())))
            .withHint(HibernateHints.HINT_READ_ONLY, true)
            .list();
    if (rows.isEmpty()) {
      return List.of();
    }
    return withMarks(
        rows,
        getEntityManager()
            .createQuery(
                "from WaitingMarkEntity m where m.instanceUuid = :i and m.connectionId in :c",
                WaitingMarkEntity.class)
            .setParameter("i", instanceUuid)
            .setParameter("c", rows.stream().map(r -> r.connectionId).toList())
            .setHint(HibernateHints.HINT_READ_ONLY, true)
            .getResultList());
  }

  private static List<ConnectionFacts> withMarks(
      List<ConnectionEntity> rows, List<WaitingMarkEntity> markRows) {
    Map<String, List<WaitingMark>> marks = new HashMap<>();
    for (WaitingMarkEntity m : markRows) {
      marks.computeIfAbsent(m.connectionId, k -> new ArrayList<>()).add(m.toDomain());
    }
    return rows.stream()
        .map(r -> r.toDomain().facts(marks.getOrDefault(r.connectionId, List.of())))
        .toList();
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
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT DO NOTHING";

  /**
   * An attendee of one instance ({@code ref:…} or {@code chain:…}, as {@link
   * ConnectionState#attendeeKey()}).
   */
  public record AttendeeRef(String instanceUuid, String attendeeKey) {}

  /**
   * The stored connections of the attendees, in one statement (what {@link
   * ConnectionRepository#ofAttendee} reads for one attendee).
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
}
