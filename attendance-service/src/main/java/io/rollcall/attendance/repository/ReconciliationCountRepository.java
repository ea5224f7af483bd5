package io.rollcall.attendance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rollcall.attendance.domain.SessionCounts;
import io.rollcall.attendance.repository.entity.ReconciliationCountEntity;
import io.rollcall.support.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the reconciliation metrics have counted per instance (table {@code reconciliation_count}):
 * the highest session counts seen when an {@code instance_reconciled} was applied.
 */
@ApplicationScoped
public class ReconciliationCountRepository
    implements PanacheRepositoryBase<ReconciliationCountEntity, String> {

  /**
   * Raises the counted figures of the instances to {@code seen} (the counts when their {@code
   * instance_reconciled} was applied), keeping the greater, in two statements (a read of the
   * instances' rows, an upsert of them all; once per batch holding an {@code instance_reconciled}).
   * The caller's transaction holds the instances' {@code meeting_instance} rows locked ({@link
   * MeetingInstanceRepository#touchInstances}), so two batches of one instance do not count the
   * same sessions.
   *
   * @return by how much the counted figures rose, over all the instances
   */
  public SessionCounts raiseTo(Map<String, SessionCounts> seen) {
    if (seen.isEmpty()) {
      return SessionCounts.ZERO;
    }
    List<String> uuids = List.copyOf(seen.keySet());
    Map<String, SessionCounts> before = new HashMap<>();
    list("instanceUuid in ?1", uuids)
        .forEach(
            r -> before.put(r.instanceUuid, new SessionCounts(r.sessionsAdded, r.sessionsChanged)));
    SessionCounts rise = SessionCounts.ZERO;
    for (String uuid : uuids) {
      rise = rise.plus(seen.get(uuid).excessOver(before.getOrDefault(uuid, SessionCounts.ZERO)));
    }
    NativeSql.update(
        getEntityManager(),
        """
        INSERT INTO reconciliation_count (instance_uuid, sessions_added, sessions_changed, tenant)
        SELECT i, a::integer, c::integer, m.tenant
          FROM unnest(?::text[], ?::text[], ?::text[]) AS s(i, a, c)
          JOIN meeting_instance m ON m.instance_uuid = s.i
        ON CONFLICT (instance_uuid) DO UPDATE
           SET sessions_added = GREATEST(reconciliation_count.sessions_added,
                                         EXCLUDED.sessions_added),
               sessions_changed = GREATEST(reconciliation_count.sessions_changed,
                                           EXCLUDED.sessions_changed),
               counted_at = now()
        """,
        uuids.toArray(String[]::new),
        uuids.stream().map(u -> Integer.toString(seen.get(u).added())).toArray(String[]::new),
        uuids.stream().map(u -> Integer.toString(seen.get(u).changed())).toArray(String[]::new));
    return rise;
  }
}
