package io.rollcall.meeting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rollcall.support.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Table {@code reconciliation}. SQL where JPQL cannot say it: {@code INSERT … ON CONFLICT} (a
 * request for an instance already known), {@code FOR UPDATE SKIP LOCKED} (two replicas never claim
 * the same row), and updates conditional on the fetch that holds the row. Every method joins the
 * caller's transaction, or runs in one of its own when there is none.
 */
@ApplicationScoped
@Transactional
public class ReconciliationRepository
    implements PanacheRepositoryBase<ReconciliationEntity, String> {

  /** The row's states. */
  public static final String PENDING = "pending";

  public static final String FETCHING = "fetching";
  public static final String DONE = "done";
  public static final String FAILED = "failed";

  /**
   * Records an instance to reconcile at {@code dueAt} unless it is known already (whatever its
   * state: an instance reconciled or waiting is not requested again by an end or a sweep).
   *
   * @return whether a row was added
   */
  public boolean requestIfNew(
      String tenant, String instanceUuid, String meetingId, String trigger, Instant dueAt) {
    return NativeSql.update(
            getEntityManager(),
            "INSERT INTO reconciliation (instance_uuid, meeting_id, trigger, state, due_at, tenant)"
                + " VALUES (?1, ?2, ?3, 'pending', ?4, ?5) ON CONFLICT (instance_uuid) DO NOTHING",
            instanceUuid,
            meetingId,
            trigger,
            dueAt,
            tenant)
        == 1;
  }

  /**
   * Requests a fetch at {@code dueAt} whatever the row's state (an operator's request): pending
   * again, attempts and error cleared. A fetch in progress keeps going, but can no longer mark the
   * row done, so the request is served by a fetch that starts after it.
   *
   * @return the row as it is now
   */
  public ReconciliationEntity request(
      String tenant, String instanceUuid, String meetingId, String trigger, Instant dueAt) {
    // A row this transaction read before (the caller's check for another meeting) would come back
    // as that instance, with the values it had then: write what is pending, forget what was read.
    getEntityManager().flush();
    getEntityManager().clear();
    ReconciliationEntity row =
        NativeSql.entities(
                getEntityManager(),
                ReconciliationEntity.class,
                "INSERT INTO reconciliation (instance_uuid, meeting_id, trigger, state, due_at,"
                    + " tenant) VALUES (?1, ?2, ?3, 'pending', ?4, ?5) ON CONFLICT (instance_uuid)"
                    + " DO UPDATE SET meeting_id = excluded.meeting_id, trigger = excluded.trigger,"
                    + " state = 'pending', due_at = excluded.due_at, attempts = 0, last_error = NULL,"
                    + " fetch_id = NULL, requested_at = now(), tenant = excluded.tenant RETURNING *",
                instanceUuid,
                meetingId,
                trigger,
                dueAt,
                tenant)
            .get(0);
    return row;
  }

  /**
   * Claims the most overdue row (pending, or fetching with an expired lease) for fetch {@code
   * fetchId} until {@code leaseUntil}; rows another transaction holds are skipped.
   *
   * @return the claimed row, as it is now
   */
  public Optional<ReconciliationEntity> claimDue(Instant now, Instant leaseUntil, String fetchId) {
    List<ReconciliationEntity> claimed =
        NativeSql.entities(
            getEntityManager(),
            ReconciliationEntity.class,
            "UPDATE reconciliation SET state = 'fetching', due_at = ?2, fetch_id = ?3"
                + " WHERE instance_uuid = (SELECT instance_uuid FROM reconciliation"
                + " WHERE state IN ('pending', 'fetching') AND due_at <= ?1"
                + " ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING *",
            now,
            leaseUntil,
            fetchId);
    return claimed.stream().findFirst();
  }

  /**
   * Marks the row done by fetch {@code fetchId}, if that fetch still holds it.
   *
   * @return whether it did
   */
  public boolean complete(String instanceUuid, String fetchId, int rowsRead, Instant fetchedAt) {
    return NativeSql.update(
            getEntityManager(),
            "UPDATE reconciliation SET state = 'done', rows_read = ?3, fetched_at = ?4,"
                + " last_error = NULL WHERE instance_uuid = ?1 AND fetch_id = ?2"
                + " AND state = 'fetching'",
            instanceUuid,
            fetchId,
            rowsRead,
            fetchedAt)
        == 1;
  }

  /**
   * Records that fetch {@code fetchId} failed, if it still holds the row: pending again at {@code
   * dueAt}, or {@code failed} when {@code giveUp}.
   */
  public void failed(
      String instanceUuid,
      String fetchId,
      boolean giveUp,
      Instant dueAt,
      int attempts,
      String error) {
    NativeSql.update(
        getEntityManager(),
        "UPDATE reconciliation SET state = ?3, due_at = ?4, attempts = ?5, last_error = ?6"
            + " WHERE instance_uuid = ?1 AND fetch_id = ?2 AND state = 'fetching'",
        instanceUuid,
        fetchId,
        giveUp ? FAILED : PENDING,
        dueAt,
        attempts,
        error);
  }

  /** The row of an instance, if one was ever requested. */
  public Optional<ReconciliationEntity> byInstance(String instanceUuid) {
    return findByIdOptional(instanceUuid);
  }
}
