package io.rollcall.attendance.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code reconciliation_count} (schema: Flyway V6): how many sessions of one instance the
 * reconciliation metrics have counted (the highest counts seen at an {@code instance_reconciled}),
 * so that redelivery and replay count nothing twice.
 */
@Entity
@Table(name = "reconciliation_count")
public class ReconciliationCountEntity {
  @Id
  @Column(name = "instance_uuid")
  public String instanceUuid;

  /** Sessions known only from the report, as counted. */
  @Column(name = "sessions_added", nullable = false)
  public int sessionsAdded;

  /** Sessions whose leave time is the report's, as counted. */
  @Column(name = "sessions_changed", nullable = false)
  public int sessionsChanged;

  /** When the counts last moved (UTC), set by the database. */
  @Column(name = "counted_at", nullable = false, insertable = false)
  public Instant countedAt;
}
