package io.rollcall.outbox;

import io.smallrye.mutiny.Uni;

/**
 * What a service publishes its outbox with: exactly one bean per service implements it (its
 * channel, emitter or producer, acks=all and idempotent). {@link OutboxRelay} calls it with its JTA
 * transaction suspended (see {@link KafkaAcks}), in id order.
 */
public interface OutboxPublisher {

  /**
   * Sends one message to {@code message.topic} with key {@code message.messageKey} and value {@code
   * message.payload} (UTF-8). Nothing is sent before the returned {@code Uni} is subscribed; the
   * relay subscribes in id order.
   *
   * @param message a row of the outbox, read only
   * @return completes when Kafka acknowledged the record, fails when it did not
   */
  Uni<Void> send(OutboxMessage message);
}
