package io.rollcall.attendance.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A row of {@code reconciliation_fix} (schema: Flyway V6): a session Zoom's participants report had
 * to fix, recorded once so that the reconciliation metrics count it once, whatever is redelivered
 * or replayed. {@code kind} is {@code FROM_REPORT} (the report added the session) or {@code
 * LEAVE_FROM_REPORT} (the report gave its leave time).
 */
@Entity
@Table(name = "reconciliation_fix")
@IdClass(ReconciliationFixEntity.Key.class)
public class ReconciliationFixEntity {
  /** The primary key: one session and what was fixed. */
  public record Key(String instanceUuid, String connectionId, String kind)
      implements Serializable {}

  @Id
  @Column(name = "instance_uuid")
  public String instanceUuid;

  @Id
  @Column(name = "connection_id")
  public String connectionId;

  /** {@code io.rollcall.events.Flag} name: FROM_REPORT or LEAVE_FROM_REPORT. */
  @Id
  @Column(name = "kind")
  public String kind;

  /** When it was first counted (UTC), set by the database. */
  @Column(name = "fixed_at", nullable = false, insertable = false, updatable = false)
  public Instant fixedAt;
}
