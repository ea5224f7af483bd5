package io.rollcall.attendance.repository.entity;

import io.rollcall.attendance.domain.WaitingMark;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A row of {@code waiting_mark} (schema: Flyway V1): a connection entered ({@code entered}) or left
 * the waiting room at {@code at} (UTC). Every column is part of the key: marks are a set.
 */
@Entity
@Table(name = "waiting_mark")
@IdClass(WaitingMarkEntity.Key.class)
public class WaitingMarkEntity {
  /** The primary key: the whole row. */
  public static class Key implements Serializable {
    public String instanceUuid;
    public String connectionId;
    public Instant at;
    public boolean entered;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(instanceUuid, k.instanceUuid)
          && Objects.equals(connectionId, k.connectionId)
          && Objects.equals(at, k.at)
          && entered == k.entered;
    }

    @Override
    public int hashCode() {
      return Objects.hash(instanceUuid, connectionId, at, entered);
    }
  }

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
