package io.rollcall.identity.messaging;

import io.rollcall.events.EventJson;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.outbox.OutboxMessage;
import io.rollcall.outbox.OutboxMessages;
import io.rollcall.outbox.OutboxPublisher;
import io.rollcall.outbox.OutboxRepository;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * What identity-service publishes: {@link ParticipantMessage}s on {@code rollcall.participants.v1}
 * (keyed by meeting instance uuid) through service-outbox, sent by the relay on the {@code
 * participants} channel (acks=all, idempotent producer).
 */
@ApplicationScoped
public class ParticipantsOutbox implements OutboxPublisher {
  private final MutinyEmitter<byte[]> emitter;
  private final OutboxRepository outbox;
  private final String topic;

  public ParticipantsOutbox(
      @Channel("participants") MutinyEmitter<byte[]> emitter,
      OutboxRepository outbox,
      @ConfigProperty(name = "rollcall.topic.participants") String topic) {
    this.emitter = emitter;
    this.outbox = outbox;
    this.topic = topic;
  }

  /**
   * Adds a message in the caller's transaction, keyed by its instance uuid; an event id already
   * there is not added twice. The relay publishes it as soon as the transaction commits.
   */
  public void add(ParticipantMessage message) {
    outbox.add(
        message.eventId(),
        topic,
        message.instanceUuid(),
        new String(EventJson.encode(message), StandardCharsets.UTF_8));
  }

  /** Completes when Kafka acknowledged the record. */
  @Override
  public Uni<Void> send(OutboxMessage message) {
    return emitter.sendMessage(OutboxMessages.toKafka(message));
  }
}
