package io.rollcall.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.apache.kafka.common.Uuid;

/**
 * Runs a real Apache Kafka broker (KRaft, one node) as its own process for the local stack: formats
 * the storage on first use, starts {@code kafka.Kafka} with the written {@code server.properties},
 * creates every Rollcall topic and prints {@code READY kafka <bootstrap>}. Stops cleanly on SIGTERM
 * (Kafka's own shutdown hook).
 *
 * <p>Settings: {@code --port} / {@code ROLLCALL_KAFKA_PORT} (9092), {@code --controller-port} /
 * {@code ROLLCALL_KAFKA_CONTROLLER_PORT} (9093), {@code --data-dir} / {@code
 * ROLLCALL_KAFKA_DATA_DIR} (.rollcall/kafka), {@code --partitions} / {@code
 * ROLLCALL_KAFKA_PARTITIONS} (3).
 */
public final class KafkaLauncher {
  private static final Duration TOPICS_TIMEOUT = Duration.ofSeconds(120);

  private KafkaLauncher() {}

  public static void main(String[] args) {
    Launcher.start("Kafka", () -> run(LaunchOptions.of(args)));
  }

  private static void run(LaunchOptions options) throws IOException {
    KafkaNode node =
        new KafkaNode(
            options.port("port", "ROLLCALL_KAFKA_PORT", 9092),
            options.port("controller-port", "ROLLCALL_KAFKA_CONTROLLER_PORT", 9093),
            options.path("data-dir", "ROLLCALL_KAFKA_DATA_DIR", ".rollcall/kafka"),
            options.port("partitions", "ROLLCALL_KAFKA_PARTITIONS", 3));
    Ports.requireFree(node.port(), "Kafka", "ROLLCALL_KAFKA_PORT");
    Ports.requireFree(
        node.controllerPort(), "Kafka (controller)", "ROLLCALL_KAFKA_CONTROLLER_PORT");
    writeProperties(node);
    formatStorageIfNew(node);
    createTopicsOnceUp(node);
    // Blocks until shutdown; Kafka installs its own SIGTERM hook and exits the JVM itself.
    kafka.Kafka.main(new String[] {node.propertiesFile().toString()});
  }

  private static void writeProperties(KafkaNode node) throws IOException {
    Files.createDirectories(node.dataDir());
    try (OutputStream out = Files.newOutputStream(node.propertiesFile())) {
      node.serverProperties().store(out, "Written by io.rollcall.localstack.KafkaLauncher");
    }
  }

  private static void formatStorageIfNew(KafkaNode node) {
    if (Files.exists(node.metaProperties())) {
      return;
    }
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    String clusterId = Uuid.randomUuid().toString();
    int status =
        kafka.tools.StorageTool.execute(
            new String[] {"format", "-t", clusterId, "-c", node.propertiesFile().toString()},
            new PrintStream(output, true, StandardCharsets.UTF_8));
    if (status != 0) {
      throw new IllegalStateException(
          "formatting " + node.logDir() + " failed: " + output.toString(StandardCharsets.UTF_8));
    }
    System.out.println(
        "Formatted Kafka storage in " + node.logDir() + " (cluster " + clusterId + ")");
  }

  private static void createTopicsOnceUp(KafkaNode node) {
    Thread creator =
        new Thread(
            () -> {
              try {
                KafkaTopics.createAll(node.bootstrapServers(), node.partitions(), TOPICS_TIMEOUT);
                Launcher.announceReady("kafka", node.bootstrapServers());
              } catch (Exception e) {
                Launcher.fail(
                    "Kafka started but its topics could not be created: " + e,
                    Launcher.EXIT_FAILURE);
              }
            },
            "rollcall-topic-creator");
    creator.setDaemon(true);
    creator.start();
  }
}
