package io.rollcall.outbox;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The outbox of a service that publishes one topic through one reactive-messaging Kafka channel: a
 * service subclasses it as a bean, passing its {@code @Channel} emitter (acks=all, idempotent
 * producer) and its topic, and adds its events with {@link #add}; the relay sends them with {@link
 * #send}.
 */
public abstract class ChannelOutbox implements OutboxPublisher {
  private final MutinyEmitter<byte[]> emitter;
  private final OutboxRepository outbox;
  private final String topic;

  /**
   * @param emitter the channel's emitter; its records carry the key and topic of each row
   * @param outbox the shared outbox
   * @param topic the topic this service's events go to
   */
  protected ChannelOutbox(MutinyEmitter<byte[]> emitter, OutboxRepository outbox, String topic) {
    this.emitter = emitter;
    this.outbox = outbox;
    this.topic = topic;
  }

  /**
   * Adds an event (JSON {@code payload}, Kafka key {@code key}) in the caller's transaction; an
   * event id already there is not added again. The relay publishes it as soon as the transaction
   * commits.
   *
   * @throws IllegalStateException outside a transaction
   */
  public void add(String eventId, String key, String payload) {
    outbox.add(eventId, topic, key, payload);
  }

  /**
   * Sends one row: value its payload as UTF-8, key its message key, to its topic.
   *
   * @return completes when Kafka acknowledged the record
   */
  @Override
  public Uni<Void> send(OutboxMessage message) {
    return emitter.sendMessage(
        Message.of(message.payload.getBytes(StandardCharsets.UTF_8))
            .addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder()
                    .withKey(message.messageKey)
                    .withTopic(message.topic)
                    .build()));
  }
}
