package io.rollcall.meeting.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.outbox.OutboxRelay;
import io.rollcall.outbox.OutboxRepository;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The relay "crashes" after Kafka acknowledged a batch but before its rows were marked published
 * (its transaction rolls back), then runs again: nothing is lost, and after deduplication by event
 * id exactly one event per change remains.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ZoomSimulatorTestResource.class, restrictToAnnotatedClass = false)
class OutboxCrashSafetyTest {
  @Inject OutboxRelay relay;
  @Inject OutboxRepository outbox;

  @Test
  void crashAfterPublishBeforeMarkingSentLosesNothingAndDedupesToOneEventPerChange() {
    String meetingId;
    // The test's transaction holds the relay lock throughout, so that the relay passes woken by
    // the service's commits find it taken and leave the rows to this "crashing" relay.
    QuarkusTransaction.begin();
    try {
      await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(outbox::tryBecomeRelay);
      meetingId = Api.scheduleMeeting(Api.uniqueHost());
      Api.register(meetingId, Api.invitees("crash", 3));
      Api.authed()
          .delete("/meetings/{id}/invitees/{ref}", meetingId, "crash-2")
          .then()
          .statusCode(200);
      // Committed: 1 host + 3 issued + 1 revoked = 5 changes waiting in the outbox.
      assertThat(LinkTopic.forMeeting(meetingId)).isEmpty();

      // The relay publishes and Kafka acknowledges, then the process "dies" before its mark
      // commits.
      assertThat(relay.relayOnce()).isGreaterThanOrEqualTo(5);
    } finally {
      QuarkusTransaction.rollback();
    }
    assertThat(outbox.unpublishedCount()).isGreaterThanOrEqualTo(5);
    assertThat(LinkTopic.forMeeting(meetingId)).hasSize(5);

    // "Restart": the relay runs again and finds the rows still unsent.
    while (relay.relayOnce() > 0) {
      // drain
    }
    assertThat(outbox.unpublishedCount()).isZero();

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              var received = LinkTopic.forMeeting(meetingId);
              Map<String, Long> copies =
                  received.stream()
                      .collect(
                          Collectors.groupingBy(r -> r.event().eventId(), Collectors.counting()));
              // Every change was delivered twice (at-least-once), and after dedupe by event_id
              // exactly one event per change remains.
              assertThat(received).hasSize(10);
              assertThat(copies).hasSize(5).allSatisfy((id, n) -> assertThat(n).isEqualTo(2));
              assertThat(received)
                  .allSatisfy(r -> assertThat(r.key()).isEqualTo(r.event().linkId()));
            });
  }
}
