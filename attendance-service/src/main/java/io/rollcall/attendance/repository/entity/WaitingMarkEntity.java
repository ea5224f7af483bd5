package io.rollcall.attendance.repository.entity;

import io.rollcall.attendance.domain.WaitingMark;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A row of {@code waiting_mark} (schema: Flyway V1): a connection entered ({@code entered}) or left
 * the waiting room at {@code at} (UTC). Every column is part of the key: marks are a set.
 */
@Entity
@Table(name = "waiting_mark")
@IdClass(WaitingMarkEntity.Key.class)
public class WaitingMarkEntity {
  /** The primary key: the whole row. */
  public record Key(String instanceUuid, String connectionId, Instant at, boolean entered)
      implements Serializable {}

  @Id
  @Column(name = "instance_uuid")
  public String instanceUuid;

  @Id
  @Column(name = "connection_id")
  public String connectionId;

  @Id
  @Column(name = "at")
  public Instant at;

  @Id
  @Column(name = "entered")
  public boolean entered;

  /** The domain value of this row. */
  public WaitingMark toDomain() {
    return new WaitingMark(at, entered);
  }
}
