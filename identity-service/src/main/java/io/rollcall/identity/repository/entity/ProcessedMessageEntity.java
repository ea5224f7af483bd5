package io.rollcall.identity.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code processed_message} (schema: Flyway V1): the id of a consumed message whose effect
 * is committed, recorded in that same transaction so that a redelivery is recognised and skipped.
 */
@Entity
@Table(name = "processed_message")
public class ProcessedMessageEntity {
  /** The message's dedup key. */
  @Id
  @Column(name = "id")
  public String id;

  /** When it was applied (UTC), set by the database. */
  @Column(name = "processed_at", nullable = false, insertable = false, updatable = false)
  public Instant processedAt;
}
