package io.rollcall.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.events.EventJson;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.RawWebhookEnvelope;
import io.rollcall.events.Topics;
import io.rollcall.identity.repository.LinkRepository;
import io.rollcall.identity.service.Zoom.Who;
import io.rollcall.outbox.OutboxRelay;
import io.rollcall.outbox.OutboxRepository;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The relay "crashes" after Kafka acknowledged a batch but before the outbox rows were marked
 * published (its transaction rolls back), then runs again. Nothing may be lost, and every copy on
 * the topic must be an exact duplicate (same event id, same payload) of one outbox row.
 *
 * <p>The redelivery case (effect committed, consumer offset not) is covered by {@link
 * IdentityFlowTest#duplicateDeliveries_produceNoDuplicateEventIdsDownstream()}.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class OutboxCrashSafetyTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** One outbox row of the test's instance. */
  record Row(String eventId, String payload, boolean published) {}

  @Inject OutboxRelay relay;
  @Inject OutboxRepository outbox;
  @Inject LinkRepository links;
  @Inject DataSource dataSource;
  @Inject Scheduler scheduler;

  @Test
  void crashAfterPublishBeforeMarkingPublished_republishesExactDuplicatesAndLosesNothing()
      throws SQLException {
    Zoom zoom = new Zoom();
    List<RawWebhookEnvelope> webhooks = meeting(zoom);
    String schedule = relaySchedule();
    List<Row> expected;
    scheduler.pause(schedule);
    try {
      crashAfterPublishing(zoom, webhooks);
      expected = rows(zoom);
      assertThat(expected).hasSize(webhooks.size()).noneMatch(Row::published);
      assertThat(published(zoom)).containsExactlyElementsOf(payloads(expected));
    } finally {
      scheduler.resume(schedule);
    }

    // "Restart": the scheduled relay finds the rows still unpublished and sends them again.
    await().atMost(WAIT).until(() -> rows(zoom).stream().allMatch(Row::published));
    List<String> topic = published(zoom);
    // Same key, same partition: the first run's copies, then the second run's, each in id order.
    assertThat(topic)
        .containsExactlyElementsOf(
            Stream.concat(payloads(expected).stream(), payloads(expected).stream()).toList());
    List<String> eventIds =
        topic.stream()
            .map(p -> EventJson.decode(bytes(p), ParticipantMessage.class).eventId())
            .distinct()
            .toList();
    assertThat(eventIds).containsExactlyElementsOf(expected.stream().map(Row::eventId).toList());
  }

  /**
   * Feeds the meeting, waits until its rows are in the outbox, lets the relay publish them and mark
   * them, then rolls that transaction back. The test's transaction holds the relay lock throughout,
   * so no relay pass (woken by a commit, or by a poll under way when the schedule was paused) can
   * take them.
   */
  private void crashAfterPublishing(Zoom zoom, List<RawWebhookEnvelope> webhooks) {
    QuarkusTransaction.begin();
    try {
      await().atMost(WAIT).pollInSameThread().until(outbox::tryBecomeRelay);
      feed(zoom, webhooks);
      List<Row> waiting =
          await().atMost(WAIT).until(() -> rows(zoom), r -> r.size() == webhooks.size());
      assertThat(waiting).noneMatch(Row::published);
      // Kafka acknowledges the whole batch and the rows are marked, then the process "dies".
      assertThat(relay.relayOnce()).isGreaterThanOrEqualTo(webhooks.size());
    } finally {
      QuarkusTransaction.rollback();
    }
  }

  /** The identity of the relay's scheduled fallback poll ({@code OutboxWakeup.poll()}). */
  private String relaySchedule() {
    return scheduler.getScheduledJobs().stream()
        .filter(job -> job.getMethodDescription().endsWith("OutboxWakeup#poll"))
        .map(Trigger::getId)
        .findFirst()
        .orElseThrow();
  }

  /** A meeting with a host and two invitees who each join and leave once: one row per webhook. */
  private static List<RawWebhookEnvelope> meeting(Zoom zoom) {
    Who maria = Who.signedOut("500", "María López", "REG-5A");
    Who jonas = Who.signedOut("501", "Jonas Berg", "REG-5B");
    return List.of(
        zoom.lifecycle("meeting.started", 0),
        zoom.joined(maria, 1),
        zoom.joined(jonas, 2),
        zoom.left(Who.signedOut("500", "María López", null), 40),
        zoom.left(Who.signedOut("501", "Jonas Berg", null), 41),
        zoom.lifecycle("meeting.ended", 45));
  }

  /** Links first (so that nothing needs a correction), then the webhooks. */
  private void feed(Zoom zoom, List<RawWebhookEnvelope> webhooks) {
    TestTopics.send(zoom.host("teacher@example.edu"));
    TestTopics.send(zoom.invitee("s-5a", "María", "López", "REG-5A"));
    TestTopics.send(zoom.invitee("s-5b", "Jonas", "Berg", "REG-5B"));
    await().atMost(WAIT).until(() -> links.registry(zoom.meetingId).links().size() == 3);
    webhooks.forEach(TestTopics::send);
  }

  /** The instance's outbox rows in id order, read outside any transaction. */
  private List<Row> rows(Zoom zoom) throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT event_id, payload, published_at IS NOT NULL AS published FROM outbox"
                    + " WHERE message_key = ? ORDER BY id")) {
      query.setString(1, zoom.instanceUuid);
      List<Row> rows = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          rows.add(new Row(row.getString("event_id"), row.getString("payload"), row.getBoolean(3)));
        }
      }
      return rows;
    }
  }

  /** The instance's payloads on {@code rollcall.participants.v1}, in topic order. */
  private static List<String> published(Zoom zoom) {
    return TestTopics.readAll(Topics.PARTICIPANTS).stream()
        .filter(r -> zoom.instanceUuid.equals(r.key()))
        .map(ConsumerRecord::value)
        .map(v -> new String(v, StandardCharsets.UTF_8))
        .toList();
  }

  private static List<String> payloads(List<Row> rows) {
    return rows.stream().map(Row::payload).toList();
  }

  private static byte[] bytes(String payload) {
    return payload.getBytes(StandardCharsets.UTF_8);
  }
}
