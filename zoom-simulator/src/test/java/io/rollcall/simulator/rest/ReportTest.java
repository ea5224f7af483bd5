package io.rollcall.simulator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Past-meeting and report endpoints: instance uuids, Zoom's double encoding, pagination, and a
 * report that is not ready yet.
 */
@QuarkusTest
class ReportTest {

  private static final String SLASHED_UUID = "/ajXp112QmuoKj4854875==";

  @Test
  void uuidStartingWithSlashMustBeDoubleEncodedAsAtZoom() {
    String meetingId = endedMeetingWithTwoConnections(SLASHED_UUID);
    ZoomClient.api()
        .urlEncodingEnabled(false)
        .get("/v2/report/meetings/%252FajXp112QmuoKj4854875%253D%253D/participants")
        .then()
        .statusCode(200)
        .body("participants", hasSize(2));
    ZoomClient.api()
        .urlEncodingEnabled(false)
        .get("/v2/past_meetings/%252FajXp112QmuoKj4854875%253D%253D/participants")
        .then()
        .statusCode(200)
        .body("participants[0].internal_user", equalTo(true));
    ZoomClient.api()
        .urlEncodingEnabled(false)
        .get("/v2/report/meetings/%2FajXp112QmuoKj4854875%3D%3D/participants")
        .then()
        .statusCode(404);
    ZoomClient.api()
        .get("/v2/past_meetings/" + meetingId + "/instances")
        .then()
        .statusCode(200)
        .body("meetings[0].uuid", equalTo(SLASHED_UUID));
  }

  @Test
  void ordinaryUuidNeedsSingleEncodingAndPagesFollowTheToken() {
    String uuid = "rT7xQb+4S3q0m/1Zc9Lw2A==";
    endedMeetingWithTwoConnections(uuid);
    String next =
        ZoomClient.api()
            .urlEncodingEnabled(false)
            .queryParam("page_size", 1)
            .get("/v2/report/meetings/rT7xQb%2B4S3q0m%2F1Zc9Lw2A%3D%3D/participants")
            .then()
            .statusCode(200)
            .body("participants", hasSize(1))
            .body("total_records", equalTo(2))
            .body("next_page_token", not(equalTo("")))
            .extract()
            .path("next_page_token");
    ZoomClient.api()
        .urlEncodingEnabled(false)
        .queryParam("page_size", 1)
        .queryParam("next_page_token", next)
        .get("/v2/report/meetings/rT7xQb%2B4S3q0m%2F1Zc9Lw2A%3D%3D/participants")
        .then()
        .statusCode(200)
        .body("participants", hasSize(1))
        .body("next_page_token", equalTo(""));
  }

  @Test
  void reportNotReadyAnswersZoomsMeetingNotFoundForTheConfiguredCallsThenTheReport() {
    String uuid = "nOtReAdY+1Zc9Lw2A0000==";
    String meetingId = ZoomClient.createRegistrationMeeting();
    Sim.quirks(meetingId, Map.of("report_not_ready_calls", 2));
    startEndWithTwoConnections(meetingId, uuid);
    String path = "/v2/report/meetings/nOtReAdY%2B1Zc9Lw2A0000%3D%3D/participants";

    for (int call = 0; call < 2; call++) {
      ZoomClient.api()
          .urlEncodingEnabled(false)
          .get(path)
          .then()
          .statusCode(404)
          .body("code", equalTo(3001))
          .body("message", equalTo("Meeting does not exist: " + uuid + "."));
    }
    ZoomClient.api()
        .urlEncodingEnabled(false)
        .queryParam("include_fields", "registrant_id")
        .get(path)
        .then()
        .statusCode(200)
        .body("participants", hasSize(2))
        .body("page_size", equalTo(30));
  }

  @Test
  void pageSizeIsAtMost300AndEveryPageFollowsTheToken() {
    String meetingId = ZoomClient.createRegistrationMeeting();
    Sim.join(meetingId, Map.of("person", "host", "via", "start_url")).statusCode(200);
    for (int i = 0; i < 64; i++) {
      Sim.join(meetingId, Map.of("person", "g" + i, "via", "guest")).statusCode(200);
    }
    Sim.end(meetingId).statusCode(200);

    ZoomClient.api()
        .queryParam("page_size", 1000)
        .get("/v2/report/meetings/" + meetingId + "/participants")
        .then()
        .statusCode(200)
        .body("page_size", equalTo(300))
        .body("participants", hasSize(65));
    Set<String> userIds = new HashSet<>();
    String token = "";
    int pages = 0;
    do {
      JsonPath page =
          ZoomClient.api()
              .queryParam("next_page_token", token)
              .get("/v2/report/meetings/" + meetingId + "/participants")
              .then()
              .statusCode(200)
              .body("page_size", equalTo(30))
              .extract()
              .jsonPath();
      userIds.addAll(page.getList("participants.user_id", String.class));
      token = page.getString("next_page_token");
      pages++;
    } while (!token.isEmpty());
    assertThat(pages).isEqualTo(3);
    assertThat(userIds).hasSize(65);
  }

  private static void startEndWithTwoConnections(String meetingId, String uuid) {
    given()
        .contentType("application/json")
        .body(Map.of("uuid", uuid))
        .post("/sim/meetings/" + meetingId + "/start")
        .then()
        .statusCode(200);
    Sim.join(meetingId, Map.of("person", "host", "via", "start_url")).statusCode(200);
    Sim.join(meetingId, Map.of("person", "g", "via", "guest", "user_name", "G")).statusCode(200);
    Sim.end(meetingId).statusCode(200);
  }

  private static String endedMeetingWithTwoConnections(String uuid) {
    String meetingId = ZoomClient.createRegistrationMeeting();
    given()
        .contentType("application/json")
        .body(Map.of("uuid", uuid))
        .post("/sim/meetings/" + meetingId + "/start")
        .then()
        .statusCode(200)
        .body("uuid", equalTo(uuid));
    Sim.join(meetingId, Map.of("person", "host", "via", "start_url")).statusCode(200);
    Sim.join(meetingId, Map.of("person", "g", "via", "guest", "user_name", "G")).statusCode(200);
    Sim.end(meetingId).statusCode(200);
    return meetingId;
  }
}
