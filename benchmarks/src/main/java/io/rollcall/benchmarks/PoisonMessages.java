package io.rollcall.benchmarks;

import io.rollcall.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Poison messages for every consumer, written straight into the topics they read — the raw webhooks
 * and the links (identity-service), the participants (attendance-service) — keyed like the stream's
 * events, so they share its partitions. Each must end on its service's dead-letter topic with a
 * {@code dead-letter-reason}, while the stream's attendance still converges (the partition kept
 * flowing). A consumer killed between dead-lettering a message and committing past it dead-letters
 * it again after its restart, so each poison message is counted once, by its id.
 */
final class PoisonMessages implements AutoCloseable {
  /** The consumers' topics and where their dead letters go. */
  static final Map<String, String> DEAD_LETTER_TOPIC =
      Map.of(
          Topics.ZOOM_WEBHOOKS_RAW, Topics.IDENTITY_DEAD_LETTER,
          Topics.LINKS, Topics.IDENTITY_DEAD_LETTER,
          Topics.PARTICIPANTS, Topics.ATTENDANCE_DEAD_LETTER);

  private static final String REASON = "dead-letter-reason";
  private static final String ORIGIN = "dead-letter-topic";

  private final String bootstrap;
  private final String marker = "poison-" + UUID.randomUUID();
  private final KafkaProducer<String, byte[]> producer;
  private final Map<String, AtomicLong> sent = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();

  PoisonMessages(String bootstrap) {
    this.bootstrap = bootstrap;
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 600_000);
    this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }

  /** One unreadable message into each consumer's topic, the stream's instance as the key. */
  void inject(String instanceKey) {
    for (String topic : DEAD_LETTER_TOPIC.keySet()) {
      String key = topic.equals(Topics.LINKS) ? marker + "-link" : instanceKey;
      String id = marker + "-" + sequence.incrementAndGet() + ";";
      byte[] value = ("{\"" + id + "\": not json").getBytes(StandardCharsets.UTF_8);
      producer.send(
          new ProducerRecord<>(topic, key, value),
          (metadata, error) -> {
            if (error == null) {
              sent.computeIfAbsent(topic, t -> new AtomicLong()).incrementAndGet();
            }
          });
    }
  }

  /** Poison messages written, by topic. */
  Map<String, Long> sent() {
    producer.flush();
    Map<String, Long> copy = new TreeMap<>();
    sent.forEach((topic, n) -> copy.put(topic, n.get()));
    return copy;
  }

  /**
   * Waits until every poison message written is on its dead-letter topic with a reason.
   *
   * @return by source topic, how many are there with a reason; and one reason as an example
   */
  Map<String, Long> awaitDeadLettered(Duration timeout, List<String> reasons)
      throws InterruptedException {
    Map<String, Long> expected = sent();
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, Long> found = Map.of();
    while (System.nanoTime() < deadline) {
      reasons.clear();
      found = deadLettered(reasons);
      if (found.equals(expected)) {
        break;
      }
      Thread.sleep(1000);
    }
    return found;
  }

  private Map<String, Long> deadLettered(List<String> reasons) {
    Map<String, Set<String>> ids = new TreeMap<>();
    for (String topic : List.of(Topics.IDENTITY_DEAD_LETTER, Topics.ATTENDANCE_DEAD_LETTER)) {
      for (ConsumerRecord<String, byte[]> r : readAll(topic)) {
        String value =
            new String(r.value() == null ? new byte[0] : r.value(), StandardCharsets.UTF_8);
        Header reason = r.headers().lastHeader(REASON);
        Header origin = r.headers().lastHeader(ORIGIN);
        if (!value.contains(marker) || reason == null || origin == null) {
          continue;
        }
        int from = value.indexOf(marker);
        ids.computeIfAbsent(
                new String(origin.value(), StandardCharsets.UTF_8), t -> new HashSet<>())
            .add(value.substring(from, value.indexOf(';', from)));
        if (reasons.size() < 3) {
          reasons.add(new String(reason.value(), StandardCharsets.UTF_8));
        }
      }
    }
    Map<String, Long> found = new TreeMap<>();
    ids.forEach((topic, set) -> found.put(topic, (long) set.size()));
    return found;
  }

  private List<ConsumerRecord<String, byte[]>> readAll(String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(i -> new TopicPartition(topic, i.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    return records;
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
