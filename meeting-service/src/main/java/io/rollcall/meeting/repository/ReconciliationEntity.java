package io.rollcall.meeting.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code reconciliation}: the reconciliation of one meeting instance with Zoom's
 * participants report (see {@code V4__reconciliation.sql} for the states). Read with Panache;
 * written with SQL by {@link ReconciliationRepository}.
 */
@Entity
@Table(name = "reconciliation")
public class ReconciliationEntity {
  /** Zoom's instance uuid. */
  @Id
  @Column(name = "instance_uuid")
  public String instanceUuid;

  @Column(name = "meeting_id", nullable = false)
  public String meetingId;

  /** {@code meeting_ended}, {@code on_demand} or {@code sweep}. */
  @Column(nullable = false)
  public String trigger;

  /** {@code pending}, {@code fetching}, {@code done} or {@code failed}. */
  @Column(nullable = false)
  public String state;

  /** When the next fetch is due; while fetching, when the fetch's lease expires. */
  @Column(name = "due_at", nullable = false)
  public Instant dueAt;

  /** Failed fetch attempts since the last request. */
  @Column(nullable = false)
  public int attempts;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "fetch_id")
  public String fetchId;

  @Column(name = "fetched_at")
  public Instant fetchedAt;

  @Column(name = "rows_read")
  public Integer rowsRead;

  @Column(name = "requested_at", nullable = false, insertable = false, updatable = false)
  public Instant requestedAt;

  /** The tenant (Zoom account id) of the meeting: whose credentials fetch the report. */
  @Column(nullable = false)
  public String tenant;
}
