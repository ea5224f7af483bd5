package io.rollcall.meeting.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Calls meeting-service as a client with an API key, and reads the simulator as Zoom. */
final class Api {
  static final String KEY = "test-key-2";

  private Api() {}

  static RequestSpecification authed() {
    return given().header("Authorization", "Bearer " + KEY).contentType(ContentType.JSON);
  }

  /** Schedules a meeting for a fresh host and returns its meeting id. */
  static String scheduleMeeting(String host) {
    return scheduleMeeting(host, null);
  }

  static String scheduleMeeting(String host, Map<String, Object> recurrence) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("host", host);
    body.put("topic", "Synthetic seminar");
    body.put("start_time", "2026-12-14T15:00:00Z");
    body.put("duration", 60);
    body.put("timezone", "Europe/Paris");
    if (recurrence != null) {
      body.put("recurrence", recurrence);
    }
    return authed()
        .body(body)
        .post("/meetings")
        .then()
        .statusCode(201)
        .extract()
        .path("meeting_id");
  }

  static String uniqueHost() {
    return "host-" + UUID.randomUUID().toString().substring(0, 8) + "@example.edu";
  }

  static List<Map<String, Object>> invitees(String prefix, int count) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(
          Map.of(
              "ref", prefix + "-" + i,
              "email", prefix + "." + i + "@example.org",
              "first_name", "First" + i,
              "last_name", "Last" + i));
    }
    return list;
  }

  static JsonPath register(String meetingId, List<Map<String, Object>> invitees) {
    return authed()
        .body(Map.of("invitees", invitees))
        .post("/meetings/{id}/invitees", meetingId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** A raw GET on the simulator's Zoom API with a token of our own (what Zoom holds). */
  static JsonPath zoomGet(String path) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString(
                (ZoomSimulatorTestResource.CLIENT_ID
                        + ":"
                        + ZoomSimulatorTestResource.CLIENT_SECRET)
                    .getBytes());
    String sim = ZoomSimulatorTestResource.simulatorUrl();
    HttpResponse<String> token =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        sim
                            + "/oauth/token?grant_type=account_credentials&account_id="
                            + ZoomSimulatorTestResource.ACCOUNT_ID))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String accessToken = new JsonPath(token.body()).getString("access_token");
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(sim + "/v2" + path))
                .header("Authorization", "Bearer " + accessToken)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new JsonPath(response.body());
  }

  /** Sends a control request to the simulator's /sim API. */
  static int simControl(String method, String path, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(ZoomSimulatorTestResource.simulatorUrl() + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
