package io.rollcall.identity.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A row of {@code consumer_offset} (schema: Flyway V2): the next offset to consume of one topic
 * partition, stored in the transaction of the state it produced.
 */
@Entity
@Table(name = "consumer_offset")
@IdClass(ConsumerOffsetEntity.Key.class)
public class ConsumerOffsetEntity {
  /** The primary key (topic, partition). */
  public record Key(String topic, int partition) implements Serializable {}

  @Id
  @Column(name = "topic")
  public String topic;

  @Id
  @Column(name = "partition")
  public int partition;

  @Column(name = "next_offset", nullable = false)
  public long nextOffset;
}
