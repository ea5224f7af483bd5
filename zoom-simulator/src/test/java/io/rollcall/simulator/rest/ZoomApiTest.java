package io.rollcall.simulator.rest;

import static io.restassured.RestAssured.given;
import static io.rollcall.simulator.rest.ZoomClient.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ZoomApiTest {

  @Test
  void oauthWithWrongClientSecretIsRefusedWith401() {
    given()
        .header(
            "Authorization",
            "Basic "
                + java.util.Base64.getEncoder().encodeToString("sim-client-id:nope".getBytes()))
        .queryParam("grant_type", "account_credentials")
        .queryParam("account_id", "sim-account-0001")
        .post("/oauth/token")
        .then()
        .statusCode(401)
        .body("error", equalTo("invalid_client"));
  }

  @Test
  void oauthAcceptsParametersAsAFormBody() {
    given()
        .header("Authorization", ZoomClient.BASIC)
        .contentType(ContentType.URLENC)
        .formParam("grant_type", "account_credentials")
        .formParam("account_id", "sim-account-0001")
        .post("/oauth/token")
        .then()
        .statusCode(200)
        .body("token_type", equalTo("bearer"))
        .body("expires_in", equalTo(3600));
  }

  @Test
  void v2CallsWithoutAValidBearerTokenAre401WithZoomCode124() {
    given().get("/v2/meetings/123").then().statusCode(401).body("code", equalTo(124));
    given()
        .header("Authorization", "Bearer forged")
        .get("/v2/meetings/123")
        .then()
        .statusCode(401)
        .body("code", equalTo(124));
  }

  @Test
  void accessTokenExpiresAfterItsLifetimeOnTheSimulatorClock() {
    String token = ZoomClient.token();
    given().header("Authorization", "Bearer " + token).get("/v2/meetings/1").then().statusCode(404);
    given().contentType(ContentType.JSON).body(Map.of("advance", "PT3601S")).post("/sim/clock");
    try {
      given()
          .header("Authorization", "Bearer " + token)
          .get("/v2/meetings/1")
          .then()
          .statusCode(401)
          .body("message", containsString("expired"));
    } finally {
      given().contentType(ContentType.JSON).body(Map.of("advance", "-PT3601S")).post("/sim/clock");
    }
  }

  @Test
  void createdMeetingHasLinksSettingsAndAnInt64Id() {
    String id = ZoomClient.createRegistrationMeeting();
    api()
        .get("/v2/meetings/" + id)
        .then()
        .statusCode(200)
        .body("id", equalTo(Long.parseLong(id)))
        .body("uuid", notNullValue())
        .body("join_url", containsString("/j/" + id))
        .body("start_url", containsString("zak="))
        .body("registration_url", notNullValue())
        .body("settings.approval_type", equalTo(0))
        .body("settings.meeting_authentication", equalTo(false))
        .body("password", matchesPattern("\\d{6}"));
  }

  @Test
  void securityRuleTurnsOnTheWaitingRoomWhenPasscodeWaitingRoomAndAuthAreAllOff() {
    Object id =
        api()
            .body(
                Map.of(
                    "topic", "open",
                    "password", "",
                    "settings", Map.of("waiting_room", false, "meeting_authentication", false)))
            .post("/v2/users/host@acme.test/meetings")
            .then()
            .statusCode(201)
            .body("settings.waiting_room", equalTo(true))
            .extract()
            .path("id");
    api()
        .body(Map.of("password", "123456", "settings", Map.of("waiting_room", false)))
        .patch("/v2/meetings/" + id)
        .then()
        .statusCode(204);
    api().get("/v2/meetings/" + id).then().body("settings.waiting_room", equalTo(false));
  }

  @Test
  void patchAndDeleteBehaveLikeZoom() {
    String id = ZoomClient.createRegistrationMeeting();
    api().body(Map.of("topic", "Renamed")).patch("/v2/meetings/" + id).then().statusCode(204);
    api().get("/v2/meetings/" + id).then().body("topic", equalTo("Renamed"));
    api().delete("/v2/meetings/" + id).then().statusCode(204);
    api().get("/v2/meetings/" + id).then().statusCode(404).body("code", equalTo(3001));
  }

  @Test
  void registrantGetsAUniqueJoinUrlWithATkTokenAndAPinCode() {
    String id = ZoomClient.createRegistrationMeeting();
    String registrantId =
        ZoomClient.register(id, "alice@acme.test", "Alice")
            .statusCode(201)
            .body("join_url", matchesPattern(".*/w/" + id + "\\?tk=[A-Za-z0-9]+.*"))
            .body("participant_pin_code", notNullValue())
            .extract()
            .path("registrant_id");
    api()
        .get("/v2/meetings/" + id + "/registrants/" + registrantId)
        .then()
        .statusCode(200)
        .body("email", equalTo("alice@acme.test"))
        .body("status", equalTo("approved"));
    api()
        .get("/v2/meetings/" + id + "/registrants")
        .then()
        .body("total_records", equalTo(1))
        .body("registrants[0].id", equalTo(registrantId));
  }

  @Test
  void registeringTheSameEmailAFourthTimeInADayIs429() {
    String id = ZoomClient.createRegistrationMeeting();
    String first =
        ZoomClient.register(id, "bob@acme.test", "Bob").statusCode(201).extract().path("join_url");
    ZoomClient.register(id, "bob@acme.test", "Bob")
        .statusCode(201)
        .body("join_url", equalTo(first));
    ZoomClient.register(id, "bob@acme.test", "Bob").statusCode(201);
    ZoomClient.register(id, "bob@acme.test", "Bob")
        .statusCode(429)
        .header("X-RateLimit-Type", "Daily-limit");
  }

  @Test
  void manualApprovalWithholdsTheJoinUrlUntilApproved() {
    String id = ZoomClient.createMeeting("host@acme.test", Map.of("approval_type", 1));
    String registrantId =
        ZoomClient.register(id, "carol@acme.test", "Carol")
            .statusCode(201)
            .body("join_url", nullValue())
            .extract()
            .path("registrant_id");
    api()
        .body(
            Map.of(
                "action", "approve", "registrants", java.util.List.of(Map.of("id", registrantId))))
        .put("/v2/meetings/" + id + "/registrants/status")
        .then()
        .statusCode(204);
    api()
        .get("/v2/meetings/" + id + "/registrants/" + registrantId)
        .then()
        .body("join_url", containsString("tk="));
    api().delete("/v2/meetings/" + id + "/registrants/" + registrantId).then().statusCode(204);
    api().get("/v2/meetings/" + id + "/registrants/" + registrantId).then().statusCode(404);
  }

  @Test
  void batchOfThirtyRegistersAllButThirtyOneIsAValidationError() {
    String id = ZoomClient.createRegistrationMeeting();
    api()
        .body(Map.of("auto_approve", true, "registrants", ZoomClient.batch(30)))
        .post("/v2/meetings/" + id + "/batch_registrants")
        .then()
        .statusCode(201)
        .body("registrants", hasSize(30))
        .body("registrants[0].join_url", containsString("tk="));
    api()
        .body(Map.of("registrants", ZoomClient.batch(31)))
        .post("/v2/meetings/" + id + "/batch_registrants")
        .then()
        .statusCode(400)
        .body("code", equalTo(300));
  }

  @Test
  void batchOnARecurringMeetingIsError303() {
    Object id =
        api()
            .body(Map.of("topic", "weekly", "type", 8, "settings", Map.of("approval_type", 0)))
            .post("/v2/users/host@acme.test/meetings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    api()
        .body(Map.of("registrants", ZoomClient.batch(2)))
        .post("/v2/meetings/" + id + "/batch_registrants")
        .then()
        .statusCode(400)
        .body("code", equalTo(303));
  }

  @Test
  void zakEndpointIssuesATokenAndRefusesTheDeprecatedType() {
    api()
        .queryParam("type", "zak")
        .get("/v2/users/host@acme.test/token")
        .then()
        .statusCode(200)
        .body("token", notNullValue());
    api()
        .queryParam("type", "token")
        .get("/v2/users/host@acme.test/token")
        .then()
        .statusCode(400)
        .body("message", containsString("ZAK"));
  }

  @Test
  void rateLimitedClassAnswers429WithZoomHeadersInEachRetryAfterVariant() {
    try {
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("heavy", 0, "retry_after_style", "iso"))
          .put("/sim/rate-limits");
      String id = ZoomClient.createRegistrationMeeting();
      api()
          .body(Map.of("registrants", ZoomClient.batch(1)))
          .post("/v2/meetings/" + id + "/batch_registrants")
          .then()
          .statusCode(429)
          .header("X-RateLimit-Category", "Heavy")
          .header("X-RateLimit-Type", "QPS")
          .header("Retry-After", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z"))
          .body("code", equalTo(429));
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("retry_after_style", "seconds"))
          .put("/sim/rate-limits");
      api()
          .body(Map.of("registrants", ZoomClient.batch(1)))
          .post("/v2/meetings/" + id + "/batch_registrants")
          .then()
          .statusCode(429)
          .header("Retry-After", matchesPattern("\\d+"));
    } finally {
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("heavy", 10000, "retry_after_style", "seconds"))
          .put("/sim/rate-limits");
    }
  }
}
