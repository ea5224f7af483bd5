package io.rollcall.identity.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code manual_assignment} (schema: Flyway V5): one operator's assignment of a connection
 * to an invitee, or its withdrawal ({@code ref} null), as received on {@code
 * rollcall.assignments.v1}.
 */
@Entity
@Table(name = "manual_assignment")
public class ManualAssignmentEntity {
  @Id
  @Column(name = "event_id")
  public String eventId;

  @Column(name = "instance_uuid", nullable = false)
  public String instanceUuid;

  @Column(name = "meeting_id", nullable = false)
  public String meetingId;

  @Column(name = "connection_id", nullable = false)
  public String connectionId;

  /** The invitee assigned; null for a withdrawal. */
  @Column(name = "ref")
  public String ref;

  @Column(name = "reason")
  public String reason;

  /** The API key's id, never the key. */
  @Column(name = "assigned_by", nullable = false)
  public String assignedBy;

  /** The Zoom account ({@code account_id}) the instance belongs to (Flyway V6). */
  @Column(name = "tenant", nullable = false)
  public String tenant;

  /** When attendance-service accepted it (UTC). */
  @Column(name = "assigned_at", nullable = false)
  public Instant assignedAt;
}
