package io.rollcall.meeting.messaging;

import io.rollcall.outbox.OutboxMessage;
import io.rollcall.outbox.OutboxPublisher;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * meeting-service's {@link OutboxPublisher}: a plain Kafka producer (acks=all, idempotent) that
 * sends each outbox row to the topic the row names: links ({@link Outbox}), report rows ({@link
 * ReportOutbox}) and erasures with their links' tombstones ({@link ErasureOutbox}). Its messaging
 * channels are all incoming ({@link MeetingEndedConsumer}, {@link ErasureReportConsumer}).
 */
@ApplicationScoped
public class LinkPublisher implements OutboxPublisher {
  private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);
  private final KafkaProducer<String, byte[]> producer;

  @Inject
  public LinkPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
    Map<String, Object> props = new HashMap<>();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) ACK_TIMEOUT.toMillis());
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "meeting-service-outbox");
    this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }

  /**
   * Sends one outbox row (value: its payload as UTF-8, or null for a tombstone, a row without
   * payload; header {@code ce_id}: its event id).
   *
   * @return completes when Kafka acknowledged the record (acks=all), fails when it did not
   */
  @Override
  public Uni<Void> send(OutboxMessage message) {
    return Uni.createFrom()
        .emitter(
            acked -> {
              ProducerRecord<String, byte[]> record =
                  new ProducerRecord<>(
                      message.topic,
                      message.messageKey,
                      message.payload == null
                          ? null
                          : message.payload.getBytes(StandardCharsets.UTF_8));
              record
                  .headers()
                  .add(new RecordHeader("ce_id", message.eventId.getBytes(StandardCharsets.UTF_8)));
              producer.send(
                  record,
                  (metadata, error) -> {
                    if (error == null) {
                      acked.complete(null);
                    } else {
                      acked.fail(error);
                    }
                  });
            });
  }

  @PreDestroy
  void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
