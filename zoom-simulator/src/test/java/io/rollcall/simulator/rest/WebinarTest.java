package io.rollcall.simulator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.simulator.rest.TestReceiver.Received;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webinars: Zoom's create/registrants/panelists API, and a live webinar sends the {@code webinar.*}
 * events with the meeting events' shapes.
 */
@QuarkusTest
class WebinarTest {

  @BeforeEach
  void sendToReceiver() {
    Sim.sendWebhooksToTestReceiver();
    TestReceiver.clear();
  }

  static String createWebinar() {
    Object id =
        ZoomClient.api()
            .body(
                Map.of(
                    "topic",
                    "CPE webinar",
                    "start_time",
                    "2026-09-14T17:00:00Z",
                    "duration",
                    90,
                    "settings",
                    Map.of("approval_type", 0)))
            .post("/v2/users/host@acme.test/webinars")
            .then()
            .statusCode(201)
            .body("type", equalTo(5))
            .body("settings.waiting_room", equalTo(false))
            .extract()
            .path("id");
    return String.valueOf(id);
  }

  static String addPanelist(String webinarId, String name, String email) {
    ZoomClient.api()
        .body(Map.of("panelists", List.of(Map.of("name", name, "email", email))))
        .post("/v2/webinars/" + webinarId + "/panelists")
        .then()
        .statusCode(201);
    List<Map<String, Object>> panelists =
        ZoomClient.api()
            .get("/v2/webinars/" + webinarId + "/panelists")
            .then()
            .statusCode(200)
            .extract()
            .path("panelists");
    return panelists.stream()
        .filter(p -> email.equals(p.get("email")))
        .map(p -> (String) p.get("join_url"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aWebinarHasRegistrantsAndPanelistsEachWithTheirOwnLink() {
    String webinarId = createWebinar();
    String attendeeUrl =
        ZoomClient.api()
            .body(Map.of("email", "sam@acme.test", "first_name", "Sam"))
            .post("/v2/webinars/" + webinarId + "/registrants")
            .then()
            .statusCode(201)
            .body("registrant_id", notNullValue())
            .extract()
            .path("join_url");
    String panelistUrl = addPanelist(webinarId, "Inès Moreau", "ines@acme.test");
    String secondPanelistUrl = addPanelist(webinarId, "Ola Berg", "ola@acme.test");

    assertThat(attendeeUrl).contains("?tk=");
    assertThat(panelistUrl).contains("?tk=").isNotEqualTo(attendeeUrl);
    assertThat(secondPanelistUrl).isNotEqualTo(panelistUrl);
    ZoomClient.api()
        .get("/v2/webinars/" + webinarId + "/registrants")
        .then()
        .body("registrants", hasSize(1));
    ZoomClient.api()
        .get("/v2/webinars/" + webinarId + "/panelists")
        .then()
        .body("total_records", equalTo(2));
  }

  @Test
  void aWebinarIsNotAMeetingOnZoomsMeetingApi() {
    String webinarId = createWebinar();
    ZoomClient.api()
        .get("/v2/meetings/" + webinarId)
        .then()
        .statusCode(404)
        .body("code", equalTo(3001));
    ZoomClient.register(webinarId, "sam@acme.test", "Sam").statusCode(404);
    ZoomClient.api()
        .get("/v2/webinars/" + webinarId)
        .then()
        .statusCode(200)
        .body("start_url", containsString("zak="));
  }

  @Test
  void aMeetingIsNotAWebinar() {
    String meetingId = ZoomClient.createRegistrationMeeting();
    ZoomClient.api()
        .get("/v2/webinars/" + meetingId)
        .then()
        .statusCode(404)
        .body("code", equalTo(3001))
        .body("message", startsWith("Webinar does not exist"));
  }

  @Test
  void aLiveWebinarSendsWebinarEventsForHostPanelistAttendeeAndGuest() {
    String webinarId = createWebinar();
    ZoomClient.api()
        .body(Map.of("email", "sam@acme.test", "first_name", "Sam", "last_name", "Okafor"))
        .post("/v2/webinars/" + webinarId + "/registrants")
        .then()
        .statusCode(201);
    String panelistUrl = addPanelist(webinarId, "Inès Moreau", "ines@acme.test");

    Sim.join(webinarId, Map.of("person", "host", "via", "start_url")).statusCode(200);
    Sim.join(webinarId, Map.of("person", "ines", "via", "panelist_link", "join_url", panelistUrl))
        .statusCode(200);
    Sim.join(
            webinarId,
            Map.of("person", "sam", "via", "registrant_link", "registrant_email", "sam@acme.test"))
        .statusCode(200);
    Sim.join(webinarId, Map.of("person", "walkin", "via", "guest")).statusCode(200);
    Sim.end(webinarId).statusCode(200);

    List<Received> events = TestReceiver.awaitCount(webinarId, 10);
    assertThat(events)
        .extracting(Received::event)
        .containsExactly(
            "webinar.started",
            "webinar.participant_joined",
            "webinar.participant_joined",
            "webinar.participant_joined",
            "webinar.participant_joined",
            "webinar.participant_left",
            "webinar.participant_left",
            "webinar.participant_left",
            "webinar.participant_left",
            "webinar.ended");
    JsonNode ines = events.get(2).participant();
    assertThat(ines.path("user_name").asText()).isEqualTo("Inès Moreau");
    assertThat(ines.path("email").asText()).isEqualTo("ines@acme.test");
    assertThat(ines.path("registrant_id").asText()).isEmpty();
    JsonNode sam = events.get(3).participant();
    assertThat(sam.path("registrant_id").asText()).isNotEmpty();
    assertThat(events.get(1).json().at("/payload/object/type").asInt()).isEqualTo(5);
  }

  @Test
  void theWebinarScenarioPlaysOnlyWebinarEvents() {
    String webinarId =
        given()
            .queryParam("speed", 0)
            .queryParam("wait", true)
            .post("/sim/scenarios/webinar/play")
            .then()
            .statusCode(200)
            .body("status", equalTo("finished"))
            .body("errors", hasSize(0))
            .extract()
            .path("meeting_id");

    List<Received> events = TestReceiver.awaitCount(webinarId, 14);
    assertThat(events).allSatisfy(e -> assertThat(e.event()).startsWith("webinar."));
    assertThat(events.get(0).event()).isEqualTo("webinar.started");
    assertThat(events.get(events.size() - 1).event()).isEqualTo("webinar.ended");
  }
}
