package io.rollcall.identity.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.events.ConnectionCorrected;
import io.rollcall.events.Identity;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.RawWebhookEnvelope;
import io.rollcall.events.ResolutionMethod;
import io.rollcall.events.Topics;
import io.rollcall.identity.repository.LinkRepository;
import io.rollcall.identity.service.Zoom.Who;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import io.rollcall.testsupport.TestPostgres;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped hard (connections reset, new ones refused), or frozen, while raw webhooks and
 * links flow: both consumers pause instead of dead-lettering, readiness says so, and once the
 * database is back every webhook is published exactly once; a malformed webhook in the same
 * partition is still dead-lettered and does not hold up the ones behind it.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class DatabaseOutageTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Inject LinkRepository links;

  @AfterEach
  void databaseBack() {
    TestPostgres.restore();
  }

  @Test
  void webhooksAndLinksConsumedDuringAnOutageAreAppliedOnceAfterIt() {
    Zoom zoom = new Zoom();
    TestTopics.send(zoom.invitee("s-ana", "Ana", "Alves", "REG-ANA"));
    await().atMost(WAIT).until(() -> links.registry(zoom.meetingId).links().size() == 1);

    TestPostgres.outage();
    List<RawWebhookEnvelope> webhooks =
        List.of(
            zoom.lifecycle("meeting.started", 0),
            zoom.joined(Who.signedOut("500", "user", "REG-ANA"), 1),
            zoom.joined(Who.signedOut("501", "Bo Berg", "REG-BO"), 2),
            zoom.left(Who.signedOut("500", "user", null), 30),
            zoom.lifecycle("meeting.ended", 40));
    TestTopics.send(webhooks.get(0));
    TestTopics.send(webhooks.get(1));
    TestTopics.send(
        Topics.ZOOM_WEBHOOKS_RAW, zoom.instanceUuid, "{not json".getBytes(StandardCharsets.UTF_8));
    webhooks.subList(2, webhooks.size()).forEach(TestTopics::send);
    TestTopics.send(zoom.invitee("s-bo", "Bo", "Berg", "REG-BO"));

    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                given()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(503)
                    .body(containsString("zoom-webhooks-raw"))
                    .body(containsString("links"))
                    .body(containsString("paused since")));

    TestPostgres.restore();
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              List<ParticipantMessage> published = TestTopics.participants(zoom.instanceUuid);
              assertThat(published)
                  .extracting(ParticipantMessage::eventId)
                  .doesNotHaveDuplicates()
                  .contains("ms:" + zoom.instanceUuid, "me:" + zoom.instanceUuid)
                  .contains(
                      webhooks.subList(1, 4).stream()
                          .map(w -> "pe:" + w.dedupKey())
                          .toArray(String[]::new));
              assertThat(published).filteredOn(m -> m instanceof ParticipantEvent).hasSize(3);
              // The two consumers resume independently: Bo's join may come before his link, and is
              // then corrected.
              assertThat(latestIdentities(published).values()).allMatch(Identity::resolved);
            });
    assertThat(links.registry(zoom.meetingId).links()).hasSize(2);
    await().atMost(WAIT).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));

    List<ConsumerRecord<String, byte[]>> dead =
        TestTopics.readAll(Topics.IDENTITY_DEAD_LETTER).stream()
            .filter(r -> zoom.instanceUuid.equals(r.key()))
            .toList();
    assertThat(dead).hasSize(1);
    assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
    assertThat(
            TestTopics.participants(zoom.instanceUuid).stream()
                .filter(m -> m instanceof ParticipantEvent e && e.connectionId().equals("u:500"))
                .map(m -> ((ParticipantEvent) m).identity().method()))
        .containsOnly(ResolutionMethod.REGISTRANT);
  }

  @Test
  void aFrozenDatabasePausesTheConsumerInsteadOfHangingAndNothingIsLost() {
    Zoom zoom = new Zoom();
    TestTopics.send(zoom.invitee("s-cy", "Cy", "Cole", "REG-CY"));
    await().atMost(WAIT).until(() -> links.registry(zoom.meetingId).links().size() == 1);

    TestPostgres.freeze(); // no reset, no refusal: reads just never return
    List<RawWebhookEnvelope> webhooks =
        List.of(
            zoom.joined(Who.signedOut("600", "user", "REG-CY"), 1),
            zoom.left(Who.signedOut("600", "user", null), 20));
    webhooks.forEach(TestTopics::send);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                given()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(503)
                    .body(containsString("zoom-webhooks-raw"))
                    .body(containsString("paused since")));

    TestPostgres.restore();
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(TestTopics.participants(zoom.instanceUuid))
                    .extracting(ParticipantMessage::eventId)
                    .doesNotHaveDuplicates()
                    .containsAll(webhooks.stream().map(w -> "pe:" + w.dedupKey()).toList()));
    await().atMost(WAIT).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
  }

  /** Each connection's identity as last published (its event or a later correction). */
  private static Map<String, Identity> latestIdentities(List<ParticipantMessage> messages) {
    Map<String, Identity> latest = new HashMap<>();
    Map<String, Integer> revisions = new HashMap<>();
    for (ParticipantMessage m : messages) {
      if (m instanceof ParticipantEvent e
          && e.revision() >= revisions.getOrDefault(e.connectionId(), 0)) {
        revisions.put(e.connectionId(), e.revision());
        latest.put(e.connectionId(), e.identity());
      } else if (m instanceof ConnectionCorrected c
          && c.revision() >= revisions.getOrDefault(c.connectionId(), 0)) {
        revisions.put(c.connectionId(), c.revision());
        latest.put(c.connectionId(), c.identity());
      }
    }
    return latest;
  }
}
