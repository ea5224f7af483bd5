package io.rollcall.testsupport;

import io.rollcall.events.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The one Kafka broker of a test JVM, started on first use and stopped when the JVM exits.
 *
 * <p>By default a real single-node KRaft broker runs inside the test JVM ({@link InJvmKafka}). With
 * {@code -Drollcall.test.kafka=testcontainers} a Docker engine runs Apache Kafka's image instead
 * ({@link ContainerKafka}); that path needs Docker and is not exercised on machines without it.
 */
public final class TestKafka {

  /** Partitions of every Rollcall topic in tests: more than one, so keying matters. */
  public static final int PARTITIONS = 3;

  interface Broker {
    String bootstrapServers();

    void stop();
  }

  private static Broker broker;

  private TestKafka() {}

  public static synchronized String bootstrapServers() {
    if (broker == null) {
      broker =
          "testcontainers".equals(System.getProperty("rollcall.test.kafka"))
              ? ContainerKafka.start()
              : InJvmKafka.start();
      createTopics(broker.bootstrapServers());
      Broker started = broker;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-kafka-stop"));
    }
    return broker.bootstrapServers();
  }

  /** An admin client on the test broker; the caller closes it. */
  public static Admin admin() {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    return Admin.create(props);
  }

  /** Every record of {@code topic} written so far, read from the beginning without a group. */
  public static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    return records;
  }

  private static void createTopics(String bootstrap) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (Admin admin = Admin.create(props)) {
      for (String topic : Topics.all()) {
        NewTopic newTopic = new NewTopic(topic, PARTITIONS, (short) 1);
        if (Topics.compacted().contains(topic)) {
          newTopic.configs(Topics.compactedConfig());
        }
        try {
          admin.createTopics(List.of(newTopic)).all().get();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("cannot create topic " + topic, e.getCause());
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
