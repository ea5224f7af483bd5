package io.rollcall.identity.service;

import static org.awaitility.Awaitility.await;

import io.rollcall.events.Topics;
import io.rollcall.testsupport.TestKafka;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Rebuilds the link registry from the compacted topic, as after a wiped database: the registry, its
 * positions and its processed link ids are deleted, then the links consumer is made to rebalance
 * (it then reads the topic from the beginning, {@code RegistryRebuildListener}).
 */
final class RegistryRebuilds {
  private RegistryRebuilds() {}

  static void rebuild(DataSource dataSource) throws SQLException {
    try (Connection db = dataSource.getConnection();
        Statement statement = db.createStatement()) {
      statement.execute("DELETE FROM link");
      statement.execute("DELETE FROM consumer_offset");
      statement.execute("DELETE FROM processed_message WHERE id LIKE 'link:%'");
    }
    forceRebalanceOfTheLinksConsumer();
  }

  /** A second member joins the service's links group and leaves: two rebalances. */
  private static void forceRebalanceOfTheLinksConsumer() {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, "identity-service-links",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    try (KafkaConsumer<String, byte[]> member =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      member.subscribe(List.of(Topics.LINKS));
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                member.poll(Duration.ofMillis(200));
                return !member.assignment().isEmpty();
              });
    }
  }
}
