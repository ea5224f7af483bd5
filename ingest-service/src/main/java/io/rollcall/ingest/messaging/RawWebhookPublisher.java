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
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
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
  private final ExecutorService sender =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "raw-webhook-sender");
            thread.setDaemon(true);
            return thread;
          });

  public RawWebhookPublisher(
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, TopicsConfig topics) {
    this.topic = topics.zoomWebhooksRaw();
    this.producer =
        new KafkaProducer<>(
            producerConfig(kafkaConfig), new StringSerializer(), new ByteArraySerializer());
  }

  /**
   * Our defaults, then every producer setting given as {@code kafka.*} configuration (security,
   * batching, ...), then what durability requires and no setting may weaken.
   */
  static Map<String, Object> producerConfig(Map<String, Object> kafkaConfig) {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
    config.put(ProducerConfig.LINGER_MS_CONFIG, 1);
    // A record is either in Kafka or failed within 2 s, before the HTTP wait gives up (2.5 s).
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1500);
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2000);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000);
    config.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest-service");
    kafkaConfig.forEach(
        (key, value) -> {
          if (ProducerConfig.configNames().contains(key)) {
            config.put(key, value);
          }
        });
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    return config;
  }

  /**
   * Publishes the envelope; the future completes once Kafka acknowledged it, or fails with {@link
   * KafkaUnavailableException} when Kafka refused it or did not answer within {@code timeout}.
   *
   * <p>{@code send} runs on a dedicated thread: it is quick while Kafka is up, but blocks up to
   * {@code max.block.ms} for metadata while Kafka is down, which must never stall the HTTP event
   * loop.
   */
  public CompletableFuture<Void> publish(RawWebhookEnvelope envelope, Duration timeout) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(topic, envelope.partitionKey(), EventJson.encode(envelope));
    CompletableFuture<Void> acked = new CompletableFuture<>();
    try {
      sender.execute(() -> send(record, acked));
    } catch (RejectedExecutionException e) {
      acked.completeExceptionally(new KafkaUnavailableException("shutting down", e));
    }
    return acked
        .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .exceptionallyCompose(
            error ->
                CompletableFuture.failedFuture(
                    error instanceof KafkaUnavailableException
                        ? error
                        : new KafkaUnavailableException(describe(error, timeout), error)));
  }

  private void send(ProducerRecord<String, byte[]> record, CompletableFuture<Void> acked) {
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
    } catch (RuntimeException e) {
      acked.completeExceptionally(e);
    }
  }

  private static String describe(Throwable error, Duration timeout) {
    Throwable cause = error instanceof CompletionException ? error.getCause() : error;
    return cause instanceof TimeoutException
        ? "Kafka did not acknowledge within " + timeout
        : "Kafka did not take the write: " + cause;
  }

  void close(@Observes ShutdownEvent event) {
    sender.shutdown();
    producer.close(Duration.ofSeconds(5));
  }

  /** Kafka could not take the event; the caller answers 503 so that Zoom retries. */
  public static class KafkaUnavailableException extends RuntimeException {
    public KafkaUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
