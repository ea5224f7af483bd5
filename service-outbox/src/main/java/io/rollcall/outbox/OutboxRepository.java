package io.rollcall.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.hibernate.query.NativeQuery;

/**
 * The transactional outbox (table {@code outbox}). Every method runs in the caller's transaction
 * (JTA, required); a transaction that adds messages wakes the relay when it commits.
 */
@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxMessage> {

  /** 4 parameters a row: PostgreSQL takes at most 65,535 bind parameters per statement. */
  private static final int MAX_ROWS_PER_INSERT = 1_000;

  private final OutboxWakeup wakeup;
  private final OutboxConfig config;

  public OutboxRepository(OutboxWakeup wakeup, OutboxConfig config) {
    this.wakeup = wakeup;
    this.config = config;
  }

  /**
   * Adds one message in the caller's transaction; an event id already in the outbox is not added
   * again. The relay publishes it as soon as the transaction commits.
   *
   * @throws IllegalStateException outside a transaction
   */
  public void add(String eventId, String topic, String key, String payload) {
    addAll(List.of(OutboxMessage.of(eventId, topic, key, payload)));
  }

  /**
   * Adds messages (made with {@link OutboxMessage#of}) in the caller's transaction, in list order
   * (their publishing order), with one statement per 1,000; event ids already in the outbox are
   * skipped. The relay publishes them as soon as the transaction commits.
   *
   * @throws IllegalStateException outside a transaction
   */
  public void addAll(List<OutboxMessage> messages) {
    if (messages.isEmpty()) {
      return;
    }
    wakeup.afterCommit();
    for (int from = 0; from < messages.size(); from += MAX_ROWS_PER_INSERT) {
      insert(messages.subList(from, Math.min(messages.size(), from + MAX_ROWS_PER_INSERT)));
    }
  }

  /**
   * SQL, not {@code persist}: with IDENTITY ids Hibernate inserts row by row (no JDBC batching),
   * and it cannot say {@code ON CONFLICT DO NOTHING}, which keeps a deterministic event id added
   * twice (a late duplicate of a lifecycle event) from failing the consumer's whole transaction.
   * One multi-row statement is one round trip per batch on the services' hot path.
   */
  private void insert(List<OutboxMessage> rows) {
    StringBuilder sql =
        new StringBuilder("INSERT INTO outbox (event_id, topic, message_key, payload) VALUES ");
    for (int i = 0; i < rows.size(); i++) {
      int p = 4 * i;
      sql.append(i == 0 ? "(" : ", (")
          .append('?')
          .append(p + 1)
          .append(", ?")
          .append(p + 2)
          .append(", ?")
          .append(p + 3)
          .append(", ?")
          .append(p + 4)
          .append(')');
    }
    sql.append(" ON CONFLICT (event_id) DO NOTHING");
    // Typed: the payload of a tombstone is null, and an untyped null is not bound as text.
    NativeQuery<?> insert =
        getEntityManager().createNativeQuery(sql.toString()).unwrap(NativeQuery.class);
    for (int i = 0; i < rows.size(); i++) {
      OutboxMessage row = rows.get(i);
      int p = 4 * i;
      insert.setParameter(p + 1, row.eventId);
      insert.setParameter(p + 2, row.topic);
      insert.setParameter(p + 3, row.messageKey);
      insert.setParameter(p + 4, row.payload, String.class);
    }
    insert.executeUpdate();
  }

  /**
   * Makes this transaction the only relay of all the service's replicas until it ends ({@code
   * pg_try_advisory_xact_lock} on {@code rollcall.outbox.lock-name}), so that rows leave in id
   * order. SQL: an advisory lock has no JPA form.
   *
   * @return false when another transaction holds it
   */
  public boolean tryBecomeRelay() {
    Object locked =
        getEntityManager()
            .createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext(?1))")
            .setParameter(1, config.lockName())
            .getSingleResult();
    return Boolean.TRUE.equals(locked);
  }

  /**
   * The oldest unpublished messages in id order, at most {@code limit}, locked until the
   * transaction ends; rows another transaction holds are skipped. SQL so that the statement is
   * exactly {@code ORDER BY id LIMIT n FOR UPDATE SKIP LOCKED} (the partial index {@code
   * outbox_unpublished} serves it), whatever lock clause the dialect would pick for a paged query.
   */
  @SuppressWarnings("unchecked")
  public List<OutboxMessage> lockUnpublished(int limit) {
    return getEntityManager()
        .createNativeQuery(
            "SELECT id, event_id, topic, message_key, payload, created_at, published_at"
                + " FROM outbox WHERE published_at IS NULL ORDER BY id LIMIT ?1"
                + " FOR UPDATE SKIP LOCKED",
            OutboxMessage.class)
        .setParameter(1, limit)
        .getResultList();
  }

  /**
   * Marks the messages with these ids published now, in one statement. SQL with one array
   * parameter: the JPQL form ({@code where id in ?2}) expands the list into one parameter per id,
   * so each batch size is a new statement for Hibernate to translate and PostgreSQL to plan (JFR at
   * 1,000 events/s across 100 meetings: 7.8% of identity-service's samples in this method).
   */
  public void markPublished(List<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    getEntityManager()
        .createNativeQuery("UPDATE outbox SET published_at = ?1 WHERE id = ANY(?2)")
        .setParameter(1, Instant.now())
        .setParameter(2, ids.toArray(Long[]::new))
        .executeUpdate();
  }

  /**
   * Deletes messages published before {@code cutoff}.
   *
   * @return how many
   */
  public long purgePublishedBefore(Instant cutoff) {
    return delete("publishedAt < ?1", cutoff);
  }

  /** How many messages wait to be published (in a transaction of its own if there is none). */
  @Transactional
  public long unpublishedCount() {
    return count("publishedAt is null");
  }
}
