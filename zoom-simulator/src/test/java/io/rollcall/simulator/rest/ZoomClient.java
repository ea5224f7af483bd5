package io.rollcall.simulator.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** What a Zoom API client does in tests: get a token, call /v2 with it. */
final class ZoomClient {

  static final String BASIC =
      "Basic "
          + java.util.Base64.getEncoder()
              .encodeToString("sim-client-id:sim-client-secret".getBytes());

  private ZoomClient() {}

  static String token() {
    return given()
        .header("Authorization", BASIC)
        .queryParam("grant_type", "account_credentials")
        .queryParam("account_id", "sim-account-0001")
        .post("/oauth/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  static RequestSpecification api() {
    return given().header("Authorization", "Bearer " + token()).contentType(ContentType.JSON);
  }

  /** A scheduled meeting with registration and auto-approval, as meeting-service creates them. */
  static String createMeeting(String host, Map<String, Object> settings) {
    Object id =
        api()
            .body(
                Map.of(
                    "topic",
                    "Test meeting",
                    "type",
                    2,
                    "start_time",
                    "2026-09-14T15:00:00Z",
                    "duration",
                    45,
                    "timezone",
                    "Europe/Berlin",
                    "settings",
                    settings))
            .post("/v2/users/" + host + "/meetings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return String.valueOf(id);
  }

  static String createRegistrationMeeting() {
    return createMeeting("host@acme.test", Map.of("approval_type", 0));
  }

  static ValidatableResponse register(String meetingId, String email, String firstName) {
    return api()
        .body(Map.of("email", email, "first_name", firstName, "last_name", "Test"))
        .post("/v2/meetings/" + meetingId + "/registrants")
        .then();
  }

  static List<Map<String, Object>> batch(int count) {
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(
            i -> Map.<String, Object>of("email", "p" + i + "@acme.test", "first_name", "P" + i))
        .toList();
  }
}
