package io.rollcall.simulator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Past-meeting and report endpoints: instance uuids, Zoom's double encoding, pagination. */
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
