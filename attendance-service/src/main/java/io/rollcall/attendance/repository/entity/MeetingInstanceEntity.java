package io.rollcall.attendance.repository.entity;

import io.rollcall.attendance.domain.MeetingInstance;
import io.rollcall.events.MeetingKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code meeting_instance} (schema: Flyway V1): one occurrence of a meeting. */
@Entity
@Table(name = "meeting_instance")
public class MeetingInstanceEntity {
  /** Zoom's meeting instance uuid. */
  @Id
  @Column(name = "instance_uuid")
  public String instanceUuid;

  /** The tenant (Zoom account id) the row belongs to (Flyway V8). */
  @Column(name = "tenant", nullable = false)
  public String tenant;

  /** Zoom meeting number. */
  @Column(name = "meeting_id", nullable = false)
  public String meetingId;

  @Column(name = "topic")
  public String topic;

  @Column(name = "host_id")
  public String hostId;

  /** From meeting.started (UTC); null until one arrived. */
  @Column(name = "started_at")
  public Instant startedAt;

  /** From meeting.ended (UTC); null while live. */
  @Column(name = "ended_at")
  public Instant endedAt;

  /** The earliest event time seen for the instance (UTC). */
  @Column(name = "first_seen_at", nullable = false)
  public Instant firstSeenAt;

  /** Meeting or webinar; null for a meeting (Flyway V4). */
  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  public MeetingKind kind;

  /** The latest {@code instance_reconciled}'s time; null before any (Flyway V6). */
  @Column(name = "reconciled_at")
  public Instant reconciledAt;

  /** The report fetch of {@link #reconciledAt}. */
  @Column(name = "reconcile_fetch_id")
  public String reconcileFetchId;

  /** Why that report was read: meeting_ended, on_demand or sweep. */
  @Column(name = "reconcile_trigger")
  public String reconcileTrigger;

  /** Rows that report had. */
  @Column(name = "rows_read")
  public Integer rowsRead;

  /** Connections whose session is known only from the report (flag from_report). */
  @Column(name = "sessions_added", nullable = false)
  public int sessionsAdded;

  /** Connections whose leave time is the report's (flag leave_from_report). */
  @Column(name = "sessions_changed", nullable = false)
  public int sessionsChanged;

  /** The domain value of this row. */
  public MeetingInstance toDomain() {
    return new MeetingInstance(
        instanceUuid,
        meetingId,
        topic,
        startedAt,
        endedAt,
        firstSeenAt,
        kind,
        reconciledAt,
        reconcileTrigger,
        rowsRead,
        sessionsAdded,
        sessionsChanged);
  }
}
