package io.rollcall.outbox;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The outbox of a service that publishes one topic through one reactive-messaging Kafka channel: a
 * service subclasses it as a bean, passing its {@code @Channel} emitter (acks=all, idempotent
 * producer) and its topic, and adds a transaction's events with {@link #addAll} (one statement per
 * 1,000); the relay sends them with {@link #send}.
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
   * A message for this outbox's topic (JSON {@code payload}, Kafka key {@code key}), to be added
   * with {@link #addAll}.
   */
  public OutboxMessage message(String eventId, String key, String payload) {
    return OutboxMessage.of(eventId, topic, key, payload);
  }

  /**
   * Adds messages made with {@link #message} in the caller's transaction, in list order (their
   * publishing order); event ids already there are skipped. A consumer that applies a batch of
   * messages collects its outgoing events and adds them here once: one insert per event cost the
   * event path about a tenth of its CPU (the many-meetings A/B in the README).
   *
   * @throws IllegalStateException outside a transaction
   */
  public void addAll(List<OutboxMessage> messages) {
    outbox.addAll(messages);
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
