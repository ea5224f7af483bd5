package io.rollcall.attendance.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code processed_message} (schema: Flyway V1): the event id of a participant message
 * whose effect is committed, recorded in the same transaction so that a redelivery is skipped.
 */
@Entity
@Table(name = "processed_message")
public class ProcessedMessageEntity {
  @Id
  @Column(name = "event_id")
  public String eventId;

  /** When it was applied (UTC), set by the database. */
  @Column(name = "processed_at", nullable = false, insertable = false, updatable = false)
  public Instant processedAt;
}
