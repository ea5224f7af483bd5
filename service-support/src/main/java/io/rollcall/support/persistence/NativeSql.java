package io.rollcall.support.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/**
 * Runs a native statement with positional parameters ({@code ?1}, … or plain {@code ?}) in the
 * caller's transaction, for the statements of a Panache repository that JPQL cannot say ({@code
 * INSERT … ON CONFLICT}, {@code UPDATE … FROM unnest(…)}, advisory locks, {@code RETURNING}, {@code
 * FOR UPDATE} over a list of composite keys); each caller says why it needs one, with its figure.
 * Enums are bound by name; {@link java.time.Instant}s as {@code timestamptz} and Java arrays as SQL
 * arrays (Hibernate's own binding).
 */
public final class NativeSql {
  /** Hibernate's read-only query hint ({@code HibernateHints.HINT_READ_ONLY}). */
  private static final String READ_ONLY = "org.hibernate.readOnly";

  private NativeSql() {}

  /**
   * Executes an INSERT/UPDATE/DELETE.
   *
   * @return the row count
   */
  public static int update(EntityManager em, String sql, Object... params) {
    return bind(em.createNativeQuery(sql), params).executeUpdate();
  }

  /**
   * Executes a query (or a statement with {@code RETURNING}).
   *
   * @return its rows: a scalar per row for one column, else an {@code Object[]} per row
   */
  @SuppressWarnings("unchecked")
  public static <T> List<T> query(EntityManager em, String sql, Object... params) {
    return bind(em.createNativeQuery(sql), params).getResultList();
  }

  /**
   * Executes a query whose columns are those of {@code entity}'s table and returns its rows as
   * entities, read-only and detached at once: the caller's transaction may change those rows with
   * SQL afterwards, and neither a stale managed copy nor a dirty check on every later statement of
   * the transaction would be wanted.
   */
  @SuppressWarnings("unchecked")
  public static <E> List<E> entities(
      EntityManager em, Class<E> entity, String sql, Object... params) {
    List<E> rows =
        bind(em.createNativeQuery(sql, entity), params).setHint(READ_ONLY, true).getResultList();
    rows.forEach(em::detach);
    return rows;
  }

  private static Query bind(Query query, Object... params) {
    for (int i = 0; i < params.length; i++) {
      Object value = params[i];
      query.setParameter(i + 1, value instanceof Enum<?> e ? e.name() : value);
    }
    return query;
  }
}
