package io.rollcall.attendance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rollcall.attendance.domain.MeetingInstance;
import io.rollcall.attendance.repository.entity.MeetingInstanceEntity;
import io.rollcall.events.MeetingKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Meeting instances (table {@code meeting_instance}). Reads project straight into {@link
 * MeetingInstance} (never managed entities: the projection's batch transactions change these rows
 * with SQL — one upsert per batch, the lifecycle's earliest-start and latest-end rules in the
 * statement — and a managed copy would hide that).
 */
@ApplicationScoped
public class MeetingInstanceRepository
    implements PanacheRepositoryBase<MeetingInstanceEntity, String> {
  private final DataSource dataSource;

  public MeetingInstanceRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  private static final String SELECT =
      "select new io.rollcall.attendance.domain.MeetingInstance(i.instanceUuid, i.meetingId,"
          + " i.topic, i.startedAt, i.endedAt, i.firstSeenAt, i.kind) from MeetingInstanceEntity i";
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

  /**
   * An instance's meeting, the earliest event time in a batch, and its kind when a message of the
   * batch told it ({@code WEBINAR}; null when none did).
   */
  public record Touch(String meetingId, Instant occurredAt, MeetingKind kind) {
    public Touch(String meetingId, Instant occurredAt) {
      this(meetingId, occurredAt, null);
    }

    /** {@code next} merged in: the earliest time with its meeting, and any kind told. */
    public Touch merge(Touch next) {
      MeetingKind k = kind != null ? kind : next.kind;
      return next.occurredAt.isBefore(occurredAt)
          ? new Touch(meetingId, next.occurredAt, k)
          : new Touch(meetingId, occurredAt, k);
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
    update(
        """
        INSERT INTO meeting_instance (instance_uuid, meeting_id, first_seen_at, kind)
        SELECT u, m, t::timestamptz, k
          FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS r(u, m, t, k)
        ON CONFLICT (instance_uuid) DO UPDATE
          SET first_seen_at = LEAST(meeting_instance.first_seen_at, EXCLUDED.first_seen_at),
              kind = COALESCE(meeting_instance.kind, EXCLUDED.kind)
        """,
        s -> {
          Connection db = s.getConnection();
          s.setArray(1, db.createArrayOf("text", instances.toArray()));
          s.setArray(
              2,
              db.createArrayOf(
                  "text", instances.stream().map(i -> byInstance.get(i).meetingId()).toArray()));
          s.setArray(
              3,
              db.createArrayOf(
                  "text",
                  instances.stream()
                      .map(i -> byInstance.get(i).occurredAt())
                      .map(t -> t == null ? null : t.toString())
                      .toArray()));
          s.setArray(
              4,
              db.createArrayOf(
                  "text",
                  instances.stream()
                      .map(i -> byInstance.get(i).kind())
                      .map(k -> k == null ? null : k.name())
                      .toArray()));
        });
  }

  /** meeting.started: the earliest start reported wins, so duplicates do not move it. */
  public void recordStart(String instanceUuid, Instant startedAt, String topic, String hostId) {
    update(
        """
        UPDATE meeting_instance
           SET started_at = LEAST(started_at, ?), topic = COALESCE(?, topic),
               host_id = COALESCE(?, host_id)
         WHERE instance_uuid = ?
        """,
        s -> {
          Sql.setInstant(s, 1, startedAt);
          s.setString(2, topic);
          s.setString(3, hostId);
          s.setString(4, instanceUuid);
        });
  }

  /** meeting.ended: the latest end reported wins. */
  public void recordEnd(String instanceUuid, Instant endedAt) {
    update(
        "UPDATE meeting_instance SET ended_at = GREATEST(ended_at, ?) WHERE instance_uuid = ?",
        s -> {
          Sql.setInstant(s, 1, endedAt);
          s.setString(2, instanceUuid);
        });
  }

  /**
   * Empties the projection before a rebuild: instances, their connections and marks, and the
   * applied message ids (not the outbox).
   */
  public void wipeProjection() {
    try (Connection db = dataSource.getConnection();
        Statement statement = db.createStatement()) {
      statement.execute("TRUNCATE waiting_mark, connection, meeting_instance, processed_message");
    } catch (SQLException e) {
      throw new RepositoryException("cannot wipe the projection", e);
    }
  }

  private int update(String sql, Binder binder) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement = db.prepareStatement(sql)) {
      binder.bind(statement);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new RepositoryException("cannot write the projection", e);
    }
  }

  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }
}
