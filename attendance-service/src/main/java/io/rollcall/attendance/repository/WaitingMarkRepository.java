package io.rollcall.attendance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rollcall.attendance.domain.WaitingMark;
import io.rollcall.attendance.repository.ConnectionRepository.ConnectionKey;
import io.rollcall.attendance.repository.entity.WaitingMarkEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Waiting-room marks (table {@code waiting_mark}) of a batch's connections: read and written once
 * per batch, in one statement each (SQL for the reason {@link ProcessedMessageRepository} gives).
 */
@ApplicationScoped
public class WaitingMarkRepository
    implements PanacheRepositoryBase<WaitingMarkEntity, WaitingMarkEntity.Key> {
  private final DataSource dataSource;

  public WaitingMarkRepository(DataSource dataSource) {
    this.dataSource = dataSource;
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
}
