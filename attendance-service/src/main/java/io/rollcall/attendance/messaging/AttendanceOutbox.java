package io.rollcall.attendance.messaging;

import io.rollcall.outbox.OutboxMessage;
import io.rollcall.outbox.OutboxMessages;
import io.rollcall.outbox.OutboxPublisher;
import io.rollcall.outbox.OutboxRepository;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * What attendance-service publishes: attendance changes on {@code rollcall.attendance.v1} through
 * service-outbox, sent by the relay on the {@code attendance} channel (acks=all, idempotent
 * producer).
 */
@ApplicationScoped
public class AttendanceOutbox implements OutboxPublisher {
  private final MutinyEmitter<byte[]> emitter;
  private final OutboxRepository outbox;
  private final String topic;

  public AttendanceOutbox(
      @Channel("attendance") MutinyEmitter<byte[]> emitter,
      OutboxRepository outbox,
      @ConfigProperty(name = "rollcall.topic.attendance") String topic) {
    this.emitter = emitter;
    this.outbox = outbox;
    this.topic = topic;
  }

  /**
   * Adds an event (JSON {@code payload}, Kafka key {@code key}, the meeting instance uuid) in the
   * caller's transaction; an event id already there is not added again. The relay publishes it as
   * soon as the transaction commits.
   */
  public void add(String eventId, String key, String payload) {
    outbox.add(eventId, topic, key, payload);
  }

  /** Completes when Kafka acknowledged the record. */
  @Override
  public Uni<Void> send(OutboxMessage message) {
    return emitter.sendMessage(OutboxMessages.toKafka(message));
  }
}
