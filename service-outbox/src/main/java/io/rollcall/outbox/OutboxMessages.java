package io.rollcall.outbox;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * An outbox row as a reactive-messaging Kafka message, for an {@link OutboxPublisher} that sends
 * through a {@code MutinyEmitter<byte[]>} ({@code emitter.sendMessage(OutboxMessages.toKafka(m))}).
 */
public final class OutboxMessages {
  private OutboxMessages() {}

  /** Value: the payload as UTF-8; key: {@code message.messageKey}; topic: {@code message.topic}. */
  public static Message<byte[]> toKafka(OutboxMessage message) {
    return Message.of(message.payload.getBytes(StandardCharsets.UTF_8))
        .addMetadata(
            OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(message.messageKey)
                .withTopic(message.topic)
                .build());
  }
}
