package io.rollcall.identity.repository;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Runs a native statement with positional parameters in the caller's transaction, for the few
 * statements JPQL cannot say ({@code INSERT … ON CONFLICT}, advisory locks, {@code RETURNING});
 * each caller says why it needs one. Enums are bound by name; {@link java.time.Instant}s as {@code
 * timestamptz} (Hibernate's own binding).
 */
final class NativeSql {
  private NativeSql() {}

  /** Executes an INSERT/UPDATE/DELETE; returns the row count. */
  static int update(EntityManager em, String sql, Object... params) {
    return bind(em.createNativeQuery(sql), params).executeUpdate();
  }

  /** Executes a query and returns its rows (a scalar per row for one column). */
  @SuppressWarnings("unchecked")
  static <T> java.util.List<T> query(EntityManager em, String sql, Object... params) {
    return bind(em.createNativeQuery(sql), params).getResultList();
  }

  private static Query bind(Query query, Object... params) {
    for (int i = 0; i < params.length; i++) {
      Object value = params[i];
      query.setParameter(i + 1, value instanceof Enum<?> e ? e.name() : value);
    }
    return query;
  }
}
