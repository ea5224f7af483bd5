package io.rollcall.simulator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.simulator.rest.TestReceiver.Received;
import io.rollcall.simulator.scenario.ScenarioParser;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bundled scenarios play through the control API and produce what they describe. */
@QuarkusTest
class ScenarioTest {

  @BeforeEach
  void sendToReceiver() {
    Sim.sendWebhooksToTestReceiver();
    TestReceiver.clear();
  }

  @Test
  void seedCaseProducesTheHardCasesItDescribes() {
    String meetingId = playFlatOut("seed-case");
    List<Received> events = TestReceiver.awaitCount(meetingId, 19);

    List<JsonNode> joined = participants(events, "meeting.participant_joined");
    JsonNode alice = joined.get(0);
    assertThat(alice.path("user_name").asText()).isEqualTo("user");
    assertThat(alice.path("id").asText()).isEmpty();
    assertThat(alice.path("email").asText()).isEmpty();
    assertThat(alice.path("registrant_id").asText()).isNotEmpty();
    assertThat(events.get(0).event()).isEqualTo("meeting.started");
    JsonNode host = joined.get(3);
    assertThat(host.path("id").asText()).isNotEmpty();
    JsonNode erin = joined.get(5);
    JsonNode dan = joined.get(6);
    assertThat(erin.path("user_name").asText()).isEqualTo("Erin Fischer");
    assertThat(erin.path("registrant_id").asText()).isEqualTo(dan.path("registrant_id").asText());
    JsonNode carolPhone = joined.get(7);
    assertThat(carolPhone.path("phone_number").asText()).isEqualTo("+49 30 5550 1234");
    assertThat(carolPhone.path("registrant_id").asText())
        .isEqualTo(joined.get(2).path("registrant_id").asText());
    assertThat(carolPhone.path("user_id").asText())
        .isNotEqualTo(joined.get(2).path("user_id").asText());
    assertThat(events.get(events.size() - 1).event()).isEqualTo("meeting.ended");
  }

  @Test
  void reportHasOneRecordPerConnectionWithRegistrantIdsWhenAsked() {
    String meetingId = playFlatOut("seed-case");
    ZoomClient.api()
        .queryParam("include_fields", "registrant_id")
        .queryParam("page_size", 300)
        .get("/v2/report/meetings/" + meetingId + "/participants")
        .then()
        .statusCode(200)
        .body("total_records", equalTo(8))
        .body("participants", hasSize(8))
        .body("participants[0].name", equalTo("user"))
        .body("participants[0].registrant_id.length()", org.hamcrest.Matchers.greaterThan(0));
    ZoomClient.api()
        .get("/v2/report/meetings/" + meetingId + "/participants")
        .then()
        .body("participants[0].registrant_id", org.hamcrest.Matchers.nullValue());
  }

  @Test
  void sameScenarioOnAFreshSimulatorReplaysIdenticalWebhookBodies() {
    List<String> first = bodiesOfFreshPlay();
    List<String> second = bodiesOfFreshPlay();
    // Leave the id sequence somewhere no other test's meetings will collide with.
    given().queryParam("seed", System.nanoTime()).post("/sim/reset").then().statusCode(204);
    assertThat(second).isNotEmpty().isEqualTo(first);
  }

  @Test
  void playingOnAnExistingMeetingReusesItsRegistrationsByEmail() {
    String meetingId = ZoomClient.createRegistrationMeeting();
    String aliceRegistrant =
        ZoomClient.register(meetingId, "alice@acme.test", "Alice").extract().path("registrant_id");
    given()
        .queryParam("speed", 0)
        .queryParam("wait", true)
        .queryParam("meeting_id", meetingId)
        .post("/sim/scenarios/seed-case/play")
        .then()
        .statusCode(200)
        .body("meeting_id", equalTo(meetingId))
        .body("invitees.alice.registrant_id", equalTo(aliceRegistrant))
        .body("status", equalTo("finished"));

    List<Received> events = TestReceiver.awaitCount(meetingId, 19);
    assertThat(
            participants(events, "meeting.participant_joined")
                .get(0)
                .path("registrant_id")
                .asText())
        .isEqualTo(aliceRegistrant);
  }

  @Test
  void theBreakoutScenarioMovesAnaThroughTwoRoomsAndBindsBeasPhone() {
    String meetingId = playFlatOut("breakout-rooms");

    List<Received> events = TestReceiver.awaitCount(meetingId, 17);
    assertThat(events).extracting(Received::event).contains("meeting.participant_bind");
    List<JsonNode> roomJoins = participants(events, "meeting.participant_joined_breakout_room");
    assertThat(roomJoins).hasSize(2);
    assertThat(roomJoins).allSatisfy(p -> assertThat(p.has("registrant_id")).isFalse());
    assertThat(roomJoins.get(0).path("parent_user_id").asText())
        .isEqualTo(roomJoins.get(1).path("parent_user_id").asText())
        .isNotEmpty();
    assertThat(participants(events, "meeting.participant_left_breakout_room")).hasSize(2);
  }

  @Test
  void everyBundledScenarioPlaysWithoutErrors() {
    for (String name : ScenarioParser.bundledNames()) {
      given()
          .queryParam("speed", 0)
          .queryParam("wait", true)
          .post("/sim/scenarios/" + name + "/play")
          .then()
          .statusCode(200)
          .body("status", equalTo("finished"))
          .body("errors", hasSize(0));
    }
  }

  @Test
  void anUnreadableScenarioIsAProblemWithADetail() {
    given()
        .contentType(io.restassured.http.ContentType.TEXT)
        .body("name: x\nsteps: []\n")
        .post("/sim/scenarios/play")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("steps"));
  }

  private List<String> bodiesOfFreshPlay() {
    String meetingId =
        given()
            .queryParam("speed", 0)
            .queryParam("wait", true)
            .queryParam("fresh", true)
            .post("/sim/scenarios/seed-case/play")
            .then()
            .statusCode(200)
            .extract()
            .path("meeting_id");
    await()
        .until(
            () -> given().get("/sim/webhooks/pending").then().extract().<Integer>path("pending"),
            p -> p == 0);
    return given()
        .queryParam("meeting_id", meetingId)
        .get("/sim/webhooks/deliveries")
        .then()
        .extract()
        .jsonPath()
        .getList("body", String.class);
  }

  private static String playFlatOut(String name) {
    return given()
        .queryParam("speed", 0)
        .queryParam("wait", true)
        .post("/sim/scenarios/" + name + "/play")
        .then()
        .statusCode(200)
        .body("status", equalTo("finished"))
        .extract()
        .path("meeting_id");
  }

  private static List<JsonNode> participants(List<Received> events, String event) {
    return events.stream().filter(e -> e.event().equals(event)).map(Received::participant).toList();
  }
}
