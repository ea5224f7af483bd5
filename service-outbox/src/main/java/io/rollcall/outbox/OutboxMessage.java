package io.rollcall.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One message of a service's transactional outbox (table {@code outbox}, the same shape in every
 * service; each service's Flyway migrations own it). Written in the transaction of the change it
 * describes, published by {@link OutboxRelay} in {@link #id} order, then marked {@link
 * #publishedAt}.
 */
@Entity
@Table(name = "outbox")
public class OutboxMessage {

  /** Position in the outbox ({@code BIGSERIAL}): the relay publishes in this order. */
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  /** The event's id, unique in the outbox; consumers deduplicate by it. */
  @Column(name = "event_id", nullable = false, unique = true)
  public String eventId;

  /** The Kafka topic it goes to. */
  @Column(nullable = false)
  public String topic;

  /** The Kafka record key (what orders the topic's partition: a meeting instance, a link id). */
  @Column(name = "message_key", nullable = false)
  public String messageKey;

  /**
   * The record value: the event as JSON, or {@code null} for a tombstone (a record with a null
   * value, which deletes its key from a compacted topic). A service that writes tombstones makes
   * its table's {@code payload} column nullable and publishes with an {@link OutboxPublisher} that
   * sends a null value for it.
   */
  @Column public String payload;

  /** When it was written (the database's clock). */
  @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
  public Instant createdAt;

  /** When Kafka had acknowledged it; {@code null} while it waits. */
  @Column(name = "published_at")
  public Instant publishedAt;

  /** For Hibernate. */
  public OutboxMessage() {}

  /**
   * A message to add with {@link OutboxRepository#addAll}.
   *
   * @param eventId unique per event (a deterministic id is added once, however often it is added)
   * @param topic the Kafka topic
   * @param key the Kafka record key
   * @param payload the record value, JSON; {@code null} for a tombstone
   */
  public static OutboxMessage of(String eventId, String topic, String key, String payload) {
    OutboxMessage message = new OutboxMessage();
    message.eventId = eventId;
    message.topic = topic;
    message.messageKey = key;
    message.payload = payload;
    return message;
  }
}
