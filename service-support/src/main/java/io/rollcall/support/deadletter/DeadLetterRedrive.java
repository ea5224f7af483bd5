package io.rollcall.support.deadletter;

import io.rollcall.support.deadletter.Selection.Origin;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends dead-lettered messages back to the topic they were consumed from, after the cause was
 * fixed, so their consumer tries them again. Reads the dead-letter topic from its beginning to its
 * end as of the start (no consumer group: nothing is committed, the dead letters stay), takes the
 * messages the {@link Selection} names, and produces each to its source topic with its key, value
 * and original headers (acks=all, idempotent), adding {@value #REDRIVEN_FROM_HEADER} = {@code
 * <dead-letter topic>/<partition>/<offset>}.
 *
 * <p>Re-driving is safe to repeat: every Rollcall consumer records what it applied and drops a
 * message it applied before (by dedup key, body hash or event id), so a message re-driven twice, or
 * one that had meanwhile been applied, changes nothing. A message that still fails permanently is
 * dead-lettered again.
 */
public final class DeadLetterRedrive {

  /** Added to every re-driven message: which dead letter it came from. */
  public static final String REDRIVEN_FROM_HEADER = "rollcall-redriven-from";

  private static final Duration POLL = Duration.ofMillis(500);

  /** One re-driven message: where it was dead-lettered, where it came from and why it failed. */
  public record Redriven(String deadLetter, Origin origin, String reason) {}

  private final String bootstrapServers;

  /**
   * @param bootstrapServers the Kafka cluster's bootstrap servers ({@code host:port,...})
   */
  public DeadLetterRedrive(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /**
   * Re-drives the selected messages of {@code deadLetterTopic}, in its order.
   *
   * @param dryRun true to only list what would be re-driven
   * @return the selected messages (re-driven unless {@code dryRun})
   * @throws IllegalStateException when Kafka does not acknowledge a re-driven message
   */
  public List<Redriven> redrive(String deadLetterTopic, Selection selection, boolean dryRun) {
    List<Redriven> done = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = consumer();
        KafkaProducer<byte[], byte[]> producer = producer()) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(deadLetterTopic, Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(deadLetterTopic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      List<Future<?>> acks = new ArrayList<>();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<byte[], byte[]> dead : consumer.poll(POLL)) {
          if (dead.offset() >= end.get(new TopicPartition(dead.topic(), dead.partition()))) {
            continue; // dead-lettered after this run began
          }
          Origin origin = Origin.of(dead.headers());
          if (!selection.matches(origin)) {
            continue;
          }
          String at = dead.topic() + "/" + dead.partition() + "/" + dead.offset();
          done.add(new Redriven(at, origin, reason(dead)));
          if (!dryRun) {
            acks.add(producer.send(resend(dead, origin, at)));
          }
        }
      }
      for (Future<?> ack : acks) {
        ack.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while re-driving", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Kafka did not take a re-driven message", e.getCause());
    }
    return done;
  }

  private static ProducerRecord<byte[], byte[]> resend(
      ConsumerRecord<byte[], byte[]> dead, Origin origin, String at) {
    RecordHeaders headers = new RecordHeaders();
    for (Header header : dead.headers()) {
      if (!header.key().startsWith("dead-letter-")) {
        headers.add(header);
      }
    }
    headers.add(REDRIVEN_FROM_HEADER, at.getBytes(StandardCharsets.UTF_8));
    // Same key, so the default partitioner puts it where the key's other messages are.
    return new ProducerRecord<>(origin.topic(), null, dead.key(), dead.value(), headers);
  }

  private static String reason(ConsumerRecord<byte[], byte[]> dead) {
    try {
      return Selection.text(dead.headers(), Selection.REASON_HEADER);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private KafkaConsumer<byte[], byte[]> consumer() {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  private KafkaProducer<byte[], byte[]> producer() {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }
}
