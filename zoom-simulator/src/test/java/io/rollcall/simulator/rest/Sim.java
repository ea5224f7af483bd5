package io.rollcall.simulator.rest;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;

/** The control API as a test driver uses it. */
final class Sim {

  private Sim() {}

  static void sendWebhooksToTestReceiver() {
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "url",
                "http://localhost:" + RestAssured.port + "/test-receiver/webhooks",
                "secret",
                "sim-webhook-secret"))
        .put("/sim/webhooks/config")
        .then()
        .statusCode(200);
  }

  static ValidatableResponse join(String meetingId, Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/sim/meetings/" + meetingId + "/join")
        .then();
  }

  static ValidatableResponse act(
      String meetingId, String person, String action, Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/sim/meetings/" + meetingId + "/people/" + person + "/" + action)
        .then();
  }

  static ValidatableResponse end(String meetingId) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/sim/meetings/" + meetingId + "/end")
        .then();
  }

  static void quirks(String meetingId, Map<String, Object> quirks) {
    given()
        .contentType(ContentType.JSON)
        .body(quirks)
        .put("/sim/meetings/" + meetingId + "/quirks")
        .then()
        .statusCode(200);
  }
}
