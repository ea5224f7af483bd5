package io.rollcall.meeting.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.outbox.OutboxMessage;
import io.rollcall.outbox.OutboxRelay;
import io.rollcall.outbox.OutboxRepository;
import io.rollcall.outbox.OutboxWakeup;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import io.rollcall.testsupport.TestKafka;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * service-outbox's relay in a real service (meeting-service's publisher) against a real Kafka and
 * PostgreSQL, on a topic of its own. The fallback poll is off in tests: whatever is published
 * without the test calling the relay was published by the after-commit wakeup.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ZoomSimulatorTestResource.class, restrictToAnnotatedClass = false)
class OutboxRelayTest {
  private static final String TOPIC = "rollcall.outbox-test.v1";
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Inject OutboxRepository outbox;
  @Inject OutboxRelay relay;
  @Inject OutboxWakeup wakeup;

  @BeforeAll
  static void createTopic() throws Exception {
    try (Admin admin = TestKafka.admin()) {
      admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
  }

  @Test
  void committedRowsArePublishedRightAway_withoutThePoll() {
    String key = UUID.randomUUID().toString();
    QuarkusTransaction.requiringNew().run(() -> outbox.add(key + "-1", TOPIC, key, "{\"n\":1}"));

    await().atMost(WAIT).until(() -> published(key), p -> p.equals(List.of("{\"n\":1}")));
    await().atMost(WAIT).until(() -> waiting(key) == 0);
  }

  @Test
  void addAllKeepsListOrder_andAddsAnEventIdOnce() {
    String key = UUID.randomUUID().toString();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              outbox.add(key + "-a", TOPIC, key, "a");
              outbox.addAll(
                  List.of(
                      OutboxMessage.of(key + "-b", TOPIC, key, "b"),
                      OutboxMessage.of(key + "-a", TOPIC, key, "a again"),
                      OutboxMessage.of(key + "-c", TOPIC, key, "c")));
            });
    QuarkusTransaction.requiringNew().run(() -> outbox.add(key + "-b", TOPIC, key, "b again"));

    await().atMost(WAIT).until(() -> published(key), p -> p.equals(List.of("a", "b", "c")));
  }

  @Test
  void rolledBackTransaction_publishesNothing() {
    String key = UUID.randomUUID().toString();
    QuarkusTransaction.begin();
    outbox.add(key + "-rolled-back", TOPIC, key, "never");
    QuarkusTransaction.rollback();
    // A later commit wakes the relay; it publishes only what was committed.
    QuarkusTransaction.requiringNew().run(() -> outbox.add(key + "-committed", TOPIC, key, "yes"));

    await().atMost(WAIT).until(() -> published(key), p -> p.equals(List.of("yes")));
    wakeup.request();
    await().during(Duration.ofMillis(500)).until(() -> published(key).equals(List.of("yes")));
    assertThat(waiting(key)).isZero();
  }

  @Test
  void aSecondRelayPublishesNothingWhileOneHoldsTheLock() throws Exception {
    String key = UUID.randomUUID().toString();
    QuarkusTransaction.begin();
    try {
      await().atMost(WAIT).pollInSameThread().until(outbox::tryBecomeRelay);
      // Its commit wakes the service's relay, which finds the lock taken.
      QuarkusTransaction.requiringNew().run(() -> outbox.add(key + "-1", TOPIC, key, "held"));
      // Another relay in a transaction of its own on another thread: nothing either.
      assertThat(CompletableFuture.supplyAsync(relay::relayOnce).get()).isZero();
      assertThat(published(key)).isEmpty();
      assertThat(waiting(key)).isEqualTo(1);
    } finally {
      QuarkusTransaction.rollback();
    }

    // The lock is free again: the next pass (here: the one a poll would request) publishes.
    wakeup.request();
    await().atMost(WAIT).until(() -> published(key), p -> p.equals(List.of("held")));
    await().atMost(WAIT).until(() -> waiting(key) == 0);
  }

  /** Unpublished rows with this key. */
  private long waiting(String key) {
    return QuarkusTransaction.requiringNew()
        .call(() -> outbox.count("messageKey = ?1 and publishedAt is null", key));
  }

  /** The payloads with this key on the test topic, in topic order. */
  private static List<String> published(String key) {
    return TestKafka.readAll(TOPIC).stream()
        .filter(r -> key.equals(r.key()))
        .map(r -> new String(r.value(), StandardCharsets.UTF_8))
        .toList();
  }
}
