package io.rollcall.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rollcall.events.Topics;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaLauncherTest {
  @TempDir Path dir;

  @Test
  void launchedBrokerHasEveryTopicCarriesARecordStopsOnSigtermAndRealignsKeptTopics()
      throws Exception {
    int port = LauncherProcess.freePort();
    int controllerPort = LauncherProcess.freePort();
    try (LauncherProcess kafka = launch("kafka.log", port, controllerPort)) {
      String bootstrap = kafka.awaitReady(Duration.ofSeconds(90));

      assertThat(bootstrap).isEqualTo("127.0.0.1:" + port);
      assertEveryTopicExistsAndTheCompactedOnesAreSet(bootstrap);
      assertThat(roundTrip(bootstrap, "meeting-uuid", "{\"event\":\"meeting.started\"}"))
          .isEqualTo("{\"event\":\"meeting.started\"}");

      dropMaxCompactionLag(bootstrap);
      kafka.stop();
      await().atMost(Duration.ofSeconds(10)).until(() -> Ports.isFree(port));
    }
    // Started again on the same data: the kept topics get the compacted settings back.
    try (LauncherProcess kafka = launch("kafka-again.log", port, controllerPort)) {
      assertEveryTopicExistsAndTheCompactedOnesAreSet(kafka.awaitReady(Duration.ofSeconds(90)));
      kafka.stop();
    }
  }

  /** The launcher on {@code port}, its data in {@code dir/kafka} (the same for every start). */
  private LauncherProcess launch(String log, int port, int controllerPort) throws Exception {
    return LauncherProcess.start(
        KafkaLauncher.class,
        dir.resolve(log),
        "--port",
        String.valueOf(port),
        "--controller-port",
        String.valueOf(controllerPort),
        "--data-dir",
        dir.resolve("kafka").toString());
  }

  @Test
  void takenPortEndsTheLauncherWithAClearMessage() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        LauncherProcess kafka =
            LauncherProcess.start(
                KafkaLauncher.class,
                dir.resolve("kafka.log"),
                "--port",
                String.valueOf(taken.getLocalPort()),
                "--data-dir",
                dir.resolve("kafka").toString())) {
      assertThat(kafka.awaitExit(Duration.ofSeconds(30))).isEqualTo(Launcher.EXIT_CONFIGURATION);
      assertThat(kafka.log())
          .contains("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use")
          .contains("ROLLCALL_KAFKA_PORT");
    }
  }

  private static void assertEveryTopicExistsAndTheCompactedOnesAreSet(String bootstrap)
      throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      Set<String> names = admin.listTopics().names().get();
      assertThat(names).containsAll(Topics.all());
      for (String topic : Topics.compacted()) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
        Topics.compactedConfig()
            .forEach(
                (name, value) ->
                    assertThat(config.get(name).value()).as(topic + " " + name).isEqualTo(value));
      }
    }
  }

  /** What a local stack made before a compacted-topic setting existed looks like: one missing. */
  private static void dropMaxCompactionLag(String bootstrap) throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      ConfigResource links = new ConfigResource(ConfigResource.Type.TOPIC, Topics.LINKS);
      admin
          .incrementalAlterConfigs(
              Map.of(
                  links,
                  List.of(
                      new AlterConfigOp(
                          new ConfigEntry("max.compaction.lag.ms", ""),
                          AlterConfigOp.OpType.DELETE))))
          .all()
          .get();
      Config config = admin.describeConfigs(List.of(links)).all().get().get(links);
      assertThat(config.get("max.compaction.lag.ms").value())
          .isEqualTo(String.valueOf(Long.MAX_VALUE)); // Kafka's default: no bound
    }
  }

  private static String roundTrip(String bootstrap, String key, String value) throws Exception {
    Properties producerConfig = new Properties();
    producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
    RecordMetadata written;
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
      written = producer.send(new ProducerRecord<>(Topics.ZOOM_WEBHOOKS_RAW, key, value)).get();
    }
    Properties consumerConfig = new Properties();
    consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
      TopicPartition partition = new TopicPartition(written.topic(), written.partition());
      consumer.assign(List.of(partition));
      consumer.seek(partition, written.offset());
      List<ConsumerRecord<String, String>> records = new ArrayList<>();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return !records.isEmpty();
              });
      assertThat(records.get(0).key()).isEqualTo(key);
      return records.get(0).value();
    }
  }
}
