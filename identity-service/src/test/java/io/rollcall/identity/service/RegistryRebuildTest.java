package io.rollcall.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.events.LinkEvent;
import io.rollcall.events.Topics;
import io.rollcall.identity.repository.LinkRepository;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import io.rollcall.testsupport.TestKafka;
import jakarta.inject.Inject;
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
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class RegistryRebuildTest {
  @Inject LinkRepository links;
  @Inject DataSource dataSource;

  @Test
  void aWipedRegistryIsRebuiltFromTheCompactedTopicDespiteCommittedGroupOffsets()
      throws SQLException {
    Zoom zoom = new Zoom();
    LinkEvent link = zoom.invitee("s-rebuild", "Rita", "Rebuild", "REG-REBUILD");
    TestTopics.send(link);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> links.registry(zoom.meetingId).links().size() == 1);

    wipeRegistry();
    assertThat(links.registry(zoom.meetingId).links()).isEmpty();
    forceRebalanceOfTheLinksConsumer();

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(links.registry(zoom.meetingId).links())
                    .singleElement()
                    .satisfies(l -> assertThat(l.registrantId()).isEqualTo("REG-REBUILD")));
  }

  private void wipeRegistry() throws SQLException {
    try (Connection db = dataSource.getConnection();
        Statement statement = db.createStatement()) {
      statement.execute("DELETE FROM link");
      statement.execute("DELETE FROM consumer_offset");
      statement.execute("DELETE FROM processed_message WHERE id LIKE 'link:%'");
    }
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
