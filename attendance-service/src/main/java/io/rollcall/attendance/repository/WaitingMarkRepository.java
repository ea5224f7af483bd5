package io.rollcall.attendance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rollcall.attendance.domain.WaitingMark;
import io.rollcall.attendance.repository.ConnectionRepository.ConnectionKey;
import io.rollcall.attendance.repository.entity.WaitingMarkEntity;
import io.rollcall.support.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Waiting-room marks (table {@code waiting_mark}) of a batch's connections: read and written once
 * per batch, in one statement each (SQL for the reason {@link ProcessedMessageRepository} gives).
 */
@ApplicationScoped
public class WaitingMarkRepository
    implements PanacheRepositoryBase<WaitingMarkEntity, WaitingMarkEntity.Key> {
  /** The stored waiting-room marks of the connections, in one statement. */
  public Map<ConnectionKey, List<WaitingMark>> waitingMarks(Collection<ConnectionKey> connections) {
    Map<ConnectionKey, List<WaitingMark>> marks = new HashMap<>();
    if (connections.isEmpty()) {
      return marks;
    }
    List<WaitingMarkEntity> rows =
        NativeSql.entities(
            getEntityManager(),
            WaitingMarkEntity.class,
            "SELECT * FROM waiting_mark WHERE (instance_uuid, connection_id) IN"
                + " (SELECT * FROM unnest(?::text[], ?::text[]))",
            connections.stream().map(ConnectionKey::instanceUuid).toArray(String[]::new),
            connections.stream().map(ConnectionKey::connectionId).toArray(String[]::new));
    for (WaitingMarkEntity row : rows) {
      marks
          .computeIfAbsent(
              new ConnectionKey(row.instanceUuid, row.connectionId), k -> new ArrayList<>())
          .add(row.toDomain());
    }
    return marks;
  }

  /**
   * Stores waiting-room marks (a mark stored already is kept once), in one statement, each in its
   * instance's tenant.
   */
  public void addWaitingMarks(List<Map.Entry<ConnectionKey, WaitingMark>> marks) {
    if (marks.isEmpty()) {
      return;
    }
    NativeSql.update(
        getEntityManager(),
        "INSERT INTO waiting_mark (instance_uuid, connection_id, at, entered, tenant)"
            + " SELECT i, c, a::timestamptz, e::boolean, mi.tenant"
            + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS m(i, c, a, e)"
            + " JOIN meeting_instance mi ON mi.instance_uuid = m.i"
            + " ON CONFLICT DO NOTHING",
        marks.stream().map(m -> m.getKey().instanceUuid()).toArray(String[]::new),
        marks.stream().map(m -> m.getKey().connectionId()).toArray(String[]::new),
        marks.stream().map(m -> m.getValue().at().toString()).toArray(String[]::new),
        marks.stream().map(m -> Boolean.toString(m.getValue().entered())).toArray(String[]::new));
  }
}
