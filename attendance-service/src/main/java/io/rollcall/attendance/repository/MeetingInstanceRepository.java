package io.rollcall.attendance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rollcall.attendance.domain.MeetingInstance;
import io.rollcall.attendance.domain.SessionCounts;
import io.rollcall.attendance.repository.entity.MeetingInstanceEntity;
import io.rollcall.events.MeetingKind;
import io.rollcall.support.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Meeting instances (table {@code meeting_instance}). Reads project straight into {@link
 * MeetingInstance} (never managed entities: the projection's batch transactions change these rows
 * with SQL — one upsert per batch, the lifecycle's earliest-start and latest-end rules in the
 * statement — and a managed copy would hide that).
 */
@ApplicationScoped
public class MeetingInstanceRepository
    implements PanacheRepositoryBase<MeetingInstanceEntity, String> {
  private static final String SELECT =
      "select new io.rollcall.attendance.domain.MeetingInstance(i.instanceUuid, i.meetingId,"
          + " i.topic, i.startedAt, i.endedAt, i.firstSeenAt, i.kind, i.reconciledAt,"
          + " i.reconcileTrigger, i.rowsRead, i.sessionsAdded, i.sessionsChanged)"
          + " from MeetingInstanceEntity i";
  private static final String NEWEST_FIRST =
      " order by coalesce(i.startedAt, i.firstSeenAt) desc, i.instanceUuid";

  /** The tenant's meeting's instances, newest first (by start, else by first event). */
  public List<MeetingInstance> newestFirst(String tenant, String meetingId) {
    return getEntityManager()
        .createQuery(
            SELECT + " where i.tenant = :tenant and i.meetingId = :meeting" + NEWEST_FIRST,
            MeetingInstance.class)
        .setParameter("tenant", tenant)
        .setParameter("meeting", meetingId)
        .getResultList();
  }

  /** One instance of the tenant by Zoom's instance uuid (another tenant's is absent). */
  public Optional<MeetingInstance> byUuid(String tenant, String instanceUuid) {
    return getEntityManager()
        .createQuery(
            SELECT + " where i.tenant = :tenant and i.instanceUuid = :uuid", MeetingInstance.class)
        .setParameter("tenant", tenant)
        .setParameter("uuid", instanceUuid)
        .getResultStream()
        .findFirst();
  }

  /** One instance by Zoom's instance uuid, whatever its tenant (the projection's own reads). */
  public Optional<MeetingInstance> byUuid(String instanceUuid) {
    return getEntityManager()
        .createQuery(SELECT + " where i.instanceUuid = :uuid", MeetingInstance.class)
        .setParameter("uuid", instanceUuid)
        .getResultStream()
        .findFirst();
  }

  /**
   * The instances with these uuids, in one query (those not stored are absent).
   *
   * @return by instance uuid
   */
  public Map<String, MeetingInstance> byUuids(Collection<String> instanceUuids) {
    Map<String, MeetingInstance> found = new HashMap<>();
    if (instanceUuids.isEmpty()) {
      return found;
    }
    getEntityManager()
        .createQuery(SELECT + " where i.instanceUuid in :uuids", MeetingInstance.class)
        .setParameter("uuids", instanceUuids)
        .getResultList()
        .forEach(i -> found.put(i.instanceUuid(), i));
    return found;
  }

  /**
   * Instances of the tenant the person (a ref is unique within a tenant only) has a connection in,
   * newest first, started (else first seen) within [from, to) (UTC); a null bound is open.
   */
  public List<MeetingInstance> ofPerson(String tenant, String ref, Instant from, Instant to) {
    String where =
        " where i.tenant = :tenant and exists (select 1 from ConnectionEntity c"
            + " where c.ref = :ref and c.instanceUuid = i.instanceUuid)"
            + (from == null ? "" : " and coalesce(i.startedAt, i.firstSeenAt) >= :from")
            + (to == null ? "" : " and coalesce(i.startedAt, i.firstSeenAt) < :to");
    TypedQuery<MeetingInstance> query =
        getEntityManager()
            .createQuery(SELECT + where + NEWEST_FIRST, MeetingInstance.class)
            .setParameter("tenant", tenant)
            .setParameter("ref", ref);
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    return query.getResultList();
  }

  /**
   * An instance's tenant and meeting, the earliest event time in a batch, and its kind when a
   * message of the batch told it ({@code WEBINAR}; null when none did). The tenant is the first
   * message's: an instance belongs to one Zoom account.
   */
  public record Touch(String tenant, String meetingId, Instant occurredAt, MeetingKind kind) {

    /** {@code next} merged in: the earliest time with its meeting, and any kind told. */
    public Touch merge(Touch next) {
      MeetingKind k = kind != null ? kind : next.kind;
      return next.occurredAt.isBefore(occurredAt)
          ? new Touch(tenant, meetingId, next.occurredAt, k)
          : new Touch(tenant, meetingId, occurredAt, k);
    }
  }

  /**
   * Creates each instance of a batch on its first event and keeps the earliest event time seen, in
   * one statement.
   */
  public void touchInstances(Map<String, Touch> byInstance) {
    if (byInstance.isEmpty()) {
      return;
    }
    List<String> instances = List.copyOf(byInstance.keySet());
    NativeSql.update(
        getEntityManager(),
        """
        INSERT INTO meeting_instance (instance_uuid, meeting_id, first_seen_at, kind, tenant)
        SELECT u, m, t::timestamptz, k, tn
          FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS r(u, m, t, k, tn)
        ON CONFLICT (instance_uuid) DO UPDATE
          SET first_seen_at = LEAST(meeting_instance.first_seen_at, EXCLUDED.first_seen_at),
              kind = COALESCE(meeting_instance.kind, EXCLUDED.kind)
        """,
        instances.toArray(String[]::new),
        instances.stream().map(i -> byInstance.get(i).meetingId()).toArray(String[]::new),
        instances.stream()
            .map(i -> byInstance.get(i).occurredAt())
            .map(t -> t == null ? null : t.toString())
            .toArray(String[]::new),
        instances.stream()
            .map(i -> byInstance.get(i).kind())
            .map(k -> k == null ? null : k.name())
            .toArray(String[]::new),
        instances.stream().map(i -> byInstance.get(i).tenant()).toArray(String[]::new));
  }

  /** meeting.started: the earliest start reported wins, so duplicates do not move it. */
  public void recordStart(String instanceUuid, Instant startedAt, String topic, String hostId) {
    NativeSql.update(
        getEntityManager(),
        """
        UPDATE meeting_instance
           SET started_at = LEAST(started_at, ?), topic = COALESCE(?, topic),
               host_id = COALESCE(?, host_id)
         WHERE instance_uuid = ?
        """,
        startedAt,
        topic,
        hostId,
        instanceUuid);
  }

  /** meeting.ended: the latest end reported wins. */
  public void recordEnd(String instanceUuid, Instant endedAt) {
    NativeSql.update(
        getEntityManager(),
        "UPDATE meeting_instance SET ended_at = GREATEST(ended_at, ?) WHERE instance_uuid = ?",
        endedAt,
        instanceUuid);
  }

  /**
   * {@code instance_reconciled}: the latest report fetch wins (by {@code reconciled_at}, then fetch
   * id), so a redelivered or older fetch arriving late does not move it.
   */
  public void recordReconciled(
      String instanceUuid, Instant reconciledAt, String fetchId, int rowsRead, String trigger) {
    String fetch = fetchId == null ? "" : fetchId;
    NativeSql.update(
        getEntityManager(),
        """
        UPDATE meeting_instance
           SET reconciled_at = ?, reconcile_fetch_id = ?, rows_read = ?, reconcile_trigger = ?
         WHERE instance_uuid = ?
           AND (reconciled_at IS NULL
                OR (reconciled_at, COALESCE(reconcile_fetch_id, '')) < (?::timestamptz, ?))
        """,
        reconciledAt,
        fetch,
        rowsRead,
        trigger,
        instanceUuid,
        reconciledAt,
        fetch);
  }

  /**
   * The instance's stored counts of sessions the report added and changed (as of the batch's start:
   * a batch adds its own changes at its end, {@link #addSessionCounts}); zero for an unknown one.
   */
  public SessionCounts sessionCounts(String instanceUuid) {
    return getEntityManager()
        .createQuery(
            "select i.sessionsAdded, i.sessionsChanged from MeetingInstanceEntity i"
                + " where i.instanceUuid = :uuid",
            Object[].class)
        .setParameter("uuid", instanceUuid)
        .getResultStream()
        .findFirst()
        .map(r -> new SessionCounts(((Number) r[0]).intValue(), ((Number) r[1]).intValue()))
        .orElse(SessionCounts.ZERO);
  }

  /**
   * Adds each instance's change to its counts of sessions the report added and changed, in one
   * statement ({@code UPDATE … FROM unnest(…)}, SQL for the reason {@link
   * ProcessedMessageRepository} gives). The batch holds the instances' rows locked since {@link
   * #touchInstances}, so concurrent batches add up.
   */
  public void addSessionCounts(Map<String, SessionCounts> byInstance) {
    Map<String, SessionCounts> changed = new HashMap<>(byInstance);
    changed.values().removeIf(SessionCounts::zero);
    if (changed.isEmpty()) {
      return;
    }
    List<String> instances = List.copyOf(changed.keySet());
    NativeSql.update(
        getEntityManager(),
        """
        UPDATE meeting_instance m
           SET sessions_added = m.sessions_added + d.a::integer,
               sessions_changed = m.sessions_changed + d.c::integer
          FROM unnest(?::text[], ?::text[], ?::text[]) AS d(i, a, c)
         WHERE m.instance_uuid = d.i
        """,
        instances.toArray(String[]::new),
        instances.stream()
            .map(i -> Integer.toString(changed.get(i).added()))
            .toArray(String[]::new),
        instances.stream()
            .map(i -> Integer.toString(changed.get(i).changed()))
            .toArray(String[]::new));
  }

  /**
   * Empties the projection before a rebuild, for every tenant: instances, their connections and
   * marks, and the applied message ids (not the outbox, not the erased people and connections).
   */
  public void wipeProjection() {
    NativeSql.update(
        getEntityManager(),
        "TRUNCATE waiting_mark, connection, meeting_instance, processed_message");
  }
}
