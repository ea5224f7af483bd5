package io.rollcall.identity.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The {@code participants} channel (acks=all, idempotent producer). A bean of its own so that the
 * relay can exist before the channel is wired at startup.
 */
@ApplicationScoped
public class ParticipantsPublisher {
  private final MutinyEmitter<byte[]> emitter;

  public ParticipantsPublisher(@Channel("participants") MutinyEmitter<byte[]> emitter) {
    this.emitter = emitter;
  }

  /** Completes when Kafka acknowledged the record. */
  public Uni<Void> send(String key, String payload) {
    Message<byte[]> message =
        Message.of(payload.getBytes(StandardCharsets.UTF_8))
            .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());
    return emitter.sendMessage(message);
  }
}
