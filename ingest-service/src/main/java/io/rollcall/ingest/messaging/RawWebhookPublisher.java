package io.rollcall.ingest.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.rollcall.events.EventJson;
import io.rollcall.events.RawWebhookEnvelope;
import io.rollcall.events.TopicsConfig;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes verified webhooks to {@code zoom.webhooks.raw.v1} and waits until Kafka has them
 * (acks=all, idempotent producer): the HTTP answer depends on it.
 */
@ApplicationScoped
public class RawWebhookPublisher {
  private final KafkaProducer<String, byte[]> producer;
  private final String topic;

  public RawWebhookPublisher(
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, TopicsConfig topics) {
    this.topic = topics.zoomWebhooksRaw();
    Map<String, Object> config = new HashMap<>();
    config.put(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
        kafkaConfig.getOrDefault("bootstrap.servers", "127.0.0.1:9092"));
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 1);
    // A record is either in Kafka or failed within 2 s, before the HTTP wait gives up (2.5 s).
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1500);
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2000);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000);
    config.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest-service");
    this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
  }

  /**
   * Publishes the envelope and blocks until Kafka acknowledged it.
   *
   * @throws KafkaUnavailableException when Kafka did not acknowledge within {@code timeout}
   */
  public void publish(RawWebhookEnvelope envelope, Duration timeout) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(topic, envelope.partitionKey(), EventJson.encode(envelope));
    CompletableFuture<Void> acked = new CompletableFuture<>();
    try {
      producer.send(
          record,
          (metadata, error) -> {
            if (error == null) {
              acked.complete(null);
            } else {
              acked.completeExceptionally(error);
            }
          });
      acked.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new KafkaUnavailableException("Kafka did not acknowledge within " + timeout, e);
    } catch (ExecutionException e) {
      throw new KafkaUnavailableException("Kafka rejected the write: " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaUnavailableException("interrupted while waiting for Kafka", e);
    } catch (org.apache.kafka.common.KafkaException e) {
      throw new KafkaUnavailableException("Kafka is unavailable: " + e.getMessage(), e);
    }
  }

  void close(@Observes ShutdownEvent event) {
    producer.close(Duration.ofSeconds(5));
  }

  /** Kafka could not take the event; the caller answers 503 so that Zoom retries. */
  public static class KafkaUnavailableException extends RuntimeException {
    public KafkaUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
