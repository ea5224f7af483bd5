package io.rollcall.simulator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Quirk {@code loss_rate}: deliveries lost as after Zoom's last failed retry never reach the
 * receiver, the seed decides which, and the participants report still has every connection.
 */
@QuarkusTest
class WebhookLossTest {
  private static final int GUESTS = 40;

  @BeforeEach
  void sendToReceiver() {
    Sim.sendWebhooksToTestReceiver();
    TestReceiver.clear();
  }

  @AfterEach
  void noGlobalLoss() {
    given()
        .contentType("application/json")
        .body(Map.of("loss_rate", 0.0, "loss_events", List.of()))
        .put("/sim/quirks")
        .then()
        .statusCode(200);
  }

  @Test
  void lostParticipantEventsNeverArriveButTheReportHasEveryConnection() {
    String meetingId = ZoomClient.createRegistrationMeeting();
    Sim.quirks(
        meetingId, Map.of("loss_rate", 0.5, "loss_events", List.of("meeting.participant_*")));
    playGuests(meetingId);

    List<Map<String, Object>> log = deliveries(meetingId);
    long lost = log.stream().filter(d -> Boolean.TRUE.equals(d.get("lost"))).count();
    int events = 2 + 2 * (GUESTS + 1); // started, ended; host and guests joined and left
    assertThat(log).hasSize(events);
    assertThat(lost).isBetween(20L, 62L); // half of the 82 participant events, roughly
    assertThat(log)
        .filteredOn(d -> !((String) d.get("event")).startsWith("meeting.participant_"))
        .extracting(d -> d.get("lost"))
        .containsOnly(false);
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> TestReceiver.forMeeting(meetingId).size() == events - lost);

    ZoomClient.api()
        .queryParam("page_size", 300)
        .get("/v2/report/meetings/" + meetingId + "/participants")
        .then()
        .statusCode(200)
        .body("total_records", org.hamcrest.Matchers.equalTo(GUESTS + 1));
  }

  @Test
  void globalLossRateOneLosesLifecycleEventsTooAndAMeetingQuirkOverridesIt() {
    given()
        .contentType("application/json")
        .body(Map.of("loss_rate", 1.0))
        .put("/sim/quirks")
        .then()
        .statusCode(200);
    String lossy = ZoomClient.createRegistrationMeeting();
    String kept = ZoomClient.createRegistrationMeeting();
    Sim.quirks(kept, Map.of("loss_rate", 0.0));

    for (String meetingId : List.of(lossy, kept)) {
      Sim.join(meetingId, Map.of("person", "host", "via", "start_url")).statusCode(200);
      Sim.end(meetingId).statusCode(200);
    }

    assertThat(deliveries(lossy)).hasSize(4).allMatch(d -> Boolean.TRUE.equals(d.get("lost")));
    assertThat(deliveries(lossy))
        .extracting(d -> d.get("event"))
        .contains("meeting.started", "meeting.ended");
    await().atMost(Duration.ofSeconds(15)).until(() -> TestReceiver.forMeeting(kept).size() == 4);
    assertThat(TestReceiver.forMeeting(lossy)).isEmpty();
  }

  @Test
  void theSameSeedLosesTheSameDeliveries() {
    List<String> first = lostEventsAfterReset(11);
    List<String> second = lostEventsAfterReset(11);

    assertThat(first).isNotEmpty().isEqualTo(second);
  }

  /** The lost deliveries as "event|user_name" (event times differ between runs), sorted. */
  private List<String> lostEventsAfterReset(long seed) {
    given().queryParam("seed", seed).post("/sim/reset").then().statusCode(204);
    given().delete("/sim/webhooks/deliveries").then().statusCode(204);
    Sim.sendWebhooksToTestReceiver();
    String meetingId = ZoomClient.createRegistrationMeeting();
    Sim.quirks(meetingId, Map.of("loss_rate", 0.3));
    playGuests(meetingId);
    return deliveries(meetingId).stream()
        .filter(d -> Boolean.TRUE.equals(d.get("lost")))
        .map(
            d ->
                d.get("event")
                    + "|"
                    + new JsonPath((String) d.get("body"))
                        .getString("payload.object.participant.user_name"))
        .sorted()
        .toList();
  }

  private static void playGuests(String meetingId) {
    Sim.join(meetingId, Map.of("person", "host", "via", "start_url")).statusCode(200);
    for (int i = 0; i < GUESTS; i++) {
      Sim.join(meetingId, Map.of("person", "g" + i, "via", "guest", "user_name", "Guest " + i))
          .statusCode(200);
    }
    Sim.end(meetingId).statusCode(200);
  }

  /** The meeting's deliveries once every one was attempted or lost. */
  private static List<Map<String, Object>> deliveries(String meetingId) {
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () -> given().get("/sim/webhooks/pending").then().extract().<Integer>path("pending"),
            p -> p == 0);
    JsonPath log =
        given()
            .queryParam("meeting_id", meetingId)
            .get("/sim/webhooks/deliveries")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // First attempts and lost deliveries only: one entry per delivery.
    return log.<Map<String, Object>>getList("").stream()
        .filter(d -> ((Number) d.get("retry_num")).intValue() == 0)
        .toList();
  }
}
