package io.rollcall.attendance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rollcall.attendance.domain.MeetingInstance;
import io.rollcall.attendance.repository.entity.MeetingInstanceEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Meeting instances (table {@code meeting_instance}) for queries. Reads project straight into
 * {@link MeetingInstance} (never managed entities: the projection's batch transactions also change
 * these rows with SQL, and a managed copy would hide that).
 */
@ApplicationScoped
public class MeetingInstanceRepository
    implements PanacheRepositoryBase<MeetingInstanceEntity, String> {

  private static final String SELECT =
      "select new io.rollcall.attendance.domain.MeetingInstance(i.instanceUuid, i.meetingId,"
          + " i.topic, i.startedAt, i.endedAt, i.firstSeenAt) from MeetingInstanceEntity i";
  private static final String NEWEST_FIRST =
      " order by coalesce(i.startedAt, i.firstSeenAt) desc, i.instanceUuid";

  /** The meeting's instances, newest first (by start, else by first event). */
  public List<MeetingInstance> newestFirst(String meetingId) {
    return getEntityManager()
        .createQuery(SELECT + " where i.meetingId = :meeting" + NEWEST_FIRST, MeetingInstance.class)
        .setParameter("meeting", meetingId)
        .getResultList();
  }

  /** One instance by Zoom's instance uuid. */
  public Optional<MeetingInstance> byUuid(String instanceUuid) {
    return getEntityManager()
        .createQuery(SELECT + " where i.instanceUuid = :uuid", MeetingInstance.class)
        .setParameter("uuid", instanceUuid)
        .getResultStream()
        .findFirst();
  }

  /**
   * Instances the person has a connection in, newest first, started (else first seen) within [from,
   * to) (UTC); a null bound is open.
   */
  public List<MeetingInstance> ofPerson(String ref, Instant from, Instant to) {
    String where =
        " where exists (select 1 from ConnectionEntity c"
            + " where c.ref = :ref and c.instanceUuid = i.instanceUuid)"
            + (from == null ? "" : " and coalesce(i.startedAt, i.firstSeenAt) >= :from")
            + (to == null ? "" : " and coalesce(i.startedAt, i.firstSeenAt) < :to");
    TypedQuery<MeetingInstance> query =
        getEntityManager()
            .createQuery(SELECT + where + NEWEST_FIRST, MeetingInstance.class)
            .setParameter("ref", ref);
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    return query.getResultList();
  }
}
