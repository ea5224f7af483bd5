package io.rollcall.attendance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rollcall.attendance.repository.ConnectionRepository.ConnectionKey;
import io.rollcall.attendance.repository.entity.ReconciliationFixEntity;
import io.rollcall.events.Flag;
import io.rollcall.support.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Sessions Zoom's participants report fixed (table {@code reconciliation_fix}), each recorded once,
 * so that the reconciliation metrics count a session once whatever is redelivered or replayed.
 */
@ApplicationScoped
public class ReconciliationFixRepository
    implements PanacheRepositoryBase<ReconciliationFixEntity, ReconciliationFixEntity.Key> {

  /** One session and what the report fixed in it ({@link Flag#FROM_REPORT} or its leave). */
  public record Fix(ConnectionKey connection, Flag kind) {}

  /**
   * Records the fixes in one statement (native: {@code INSERT … SELECT unnest(…) ON CONFLICT DO
   * NOTHING RETURNING}, as {@link ProcessedMessageRepository#markProcessed}).
   *
   * @return how many of each kind had not been recorded before
   */
  public Map<Flag, Integer> recordNew(List<Fix> fixes) {
    Map<Flag, Integer> fresh = new EnumMap<>(Flag.class);
    if (fixes.isEmpty()) {
      return fresh;
    }
    List<Object> kinds = new ArrayList<>();
    kinds.addAll(
        NativeSql.query(
            getEntityManager(),
            "INSERT INTO reconciliation_fix (instance_uuid, connection_id, kind)"
                + " SELECT * FROM unnest(?::text[], ?::text[], ?::text[])"
                + " ON CONFLICT DO NOTHING RETURNING kind",
            fixes.stream().map(f -> f.connection().instanceUuid()).toArray(String[]::new),
            fixes.stream().map(f -> f.connection().connectionId()).toArray(String[]::new),
            fixes.stream().map(f -> f.kind().name()).toArray(String[]::new)));
    kinds.forEach(k -> fresh.merge(Flag.valueOf(k.toString()), 1, Integer::sum));
    return fresh;
  }
}
