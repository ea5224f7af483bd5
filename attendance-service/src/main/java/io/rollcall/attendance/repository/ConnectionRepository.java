package io.rollcall.attendance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rollcall.attendance.domain.ConnectionFacts;
import io.rollcall.attendance.domain.WaitingMark;
import io.rollcall.attendance.repository.entity.ConnectionEntity;
import io.rollcall.attendance.repository.entity.WaitingMarkEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.jpa.HibernateHints;

/**
 * Connections (table {@code connection}) with their waiting-room marks (table {@code
 * waiting_mark}), read for the attendance API. Loaded read-only: no snapshot is kept and nothing is
 * flushed back. The projection's batch writes are in {@link ProjectionRepository}.
 */
@ApplicationScoped
public class ConnectionRepository
    implements PanacheRepositoryBase<ConnectionEntity, ConnectionEntity.Key> {

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
      marks.computeIfAbsent(m.connectionId, k -> new java.util.ArrayList<>()).add(m.toDomain());
    }
    return rows.stream()
        .map(r -> r.toDomain().facts(marks.getOrDefault(r.connectionId, List.of())))
        .toList();
  }
}
