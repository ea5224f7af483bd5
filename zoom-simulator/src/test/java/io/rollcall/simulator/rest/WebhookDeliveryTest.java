package io.rollcall.simulator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.simulator.rest.TestReceiver.Received;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhooks reach a real HTTP endpoint, signed, retried and identified as Zoom does it. */
@QuarkusTest
class WebhookDeliveryTest {

  @BeforeEach
  void sendToReceiver() {
    Sim.sendWebhooksToTestReceiver();
    TestReceiver.clear();
  }

  @Test
  void hostStartIsDeliveredAsStartedThenJoinedWithAVerifiableSignature() throws Exception {
    String meetingId = ZoomClient.createRegistrationMeeting();
    Sim.join(meetingId, Map.of("person", "host", "via", "start_url")).statusCode(200);

    List<Received> got = TestReceiver.awaitCount(meetingId, 2);
    assertThat(got)
        .extracting(Received::event)
        .containsExactly("meeting.started", "meeting.participant_joined");
    for (Received r : got) {
      // Independent of the production code: Zoom's algorithm over the raw body as received.
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec("sim-webhook-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String expected =
          "v0="
              + HexFormat.of()
                  .formatHex(
                      mac.doFinal(
                          ("v0:" + r.timestamp() + ":" + r.body())
                              .getBytes(StandardCharsets.UTF_8)));
      assertThat(r.signature()).isEqualTo(expected);
      assertThat(r.timestamp()).matches("\\d{10}");
      assertThat(r.requestId())
          .matches("[0-9a-f]{8}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{12}");
      assertThat(r.body()).doesNotContain("\n").doesNotContain("\": ");
    }
    Received joined = got.get(1);
    assertThat(joined.json().at("/payload/account_id").asText()).isEqualTo("sim-account-0001");
    assertThat(joined.json().at("/payload/object/id").isTextual()).isTrue();
    assertThat(joined.participant().path("id").asText()).isNotEmpty();
  }

  @Test
  void a5xxIsRetriedOnTheScheduleWithTheSameRequestIdUntilAccepted() {
    String meetingId = ZoomClient.createRegistrationMeeting();
    TestReceiver.failNext(meetingId, 2, 503);
    given()
        .contentType("application/json")
        .body(Map.of())
        .post("/sim/meetings/" + meetingId + "/start")
        .then()
        .statusCode(200);

    List<Received> got = TestReceiver.awaitCount(meetingId, 3);
    assertThat(got).extracting(Received::event).containsOnly("meeting.started");
    assertThat(got).extracting(Received::requestId).containsOnly(got.get(0).requestId());
    assertThat(got).extracting(Received::body).containsOnly(got.get(0).body());
    given()
        .queryParam("meeting_id", meetingId)
        .get("/sim/webhooks/deliveries")
        .then()
        .body("retry_num", equalTo(List.of(0, 1, 2)))
        .body("status", equalTo(List.of(503, 503, 200)));
  }

  @Test
  void aReplySlowerThanTheTimeoutIsRetriedSoTheReceiverSeesTheEventTwice() {
    String meetingId = ZoomClient.createRegistrationMeeting();
    TestReceiver.SLOW.put(meetingId, new java.util.concurrent.atomic.AtomicInteger(1));
    given()
        .contentType("application/json")
        .body(Map.of("timeout", "PT0.5S"))
        .put("/sim/webhooks/config")
        .then()
        .statusCode(200);
    try {
      given()
          .contentType("application/json")
          .body(Map.of())
          .post("/sim/meetings/" + meetingId + "/start");

      List<Received> got = TestReceiver.awaitCount(meetingId, 2);
      assertThat(got.get(1).requestId()).isEqualTo(got.get(0).requestId());
      await()
          .until(
              () ->
                  given()
                      .queryParam("meeting_id", meetingId)
                      .get("/sim/webhooks/deliveries")
                      .then()
                      .extract()
                      .jsonPath()
                      .<Integer>getList("status"),
              statuses -> statuses.equals(List.of(-1, 200)));
    } finally {
      given()
          .contentType("application/json")
          .body(Map.of("timeout", "PT10S"))
          .put("/sim/webhooks/config");
    }
  }

  @Test
  void a4xxIsNeverRetried() {
    String meetingId = ZoomClient.createRegistrationMeeting();
    TestReceiver.failNext(meetingId, 1, 401);
    given()
        .contentType("application/json")
        .body(Map.of())
        .post("/sim/meetings/" + meetingId + "/start");
    Sim.join(meetingId, Map.of("person", "host", "via", "start_url")).statusCode(200);

    // The later joined arrives, and the refused started was attempted exactly once.
    TestReceiver.awaitCount(meetingId, 2);
    await()
        .until(
            () -> given().get("/sim/webhooks/pending").then().extract().<Integer>path("pending"),
            p -> p == 0);
    assertThat(TestReceiver.forMeeting(meetingId))
        .extracting(Received::event)
        .containsExactly("meeting.started", "meeting.participant_joined");
  }

  @Test
  void duplicateQuirkSendsASecondIdenticalBodyUnderItsOwnRequestId() {
    String meetingId = ZoomClient.createRegistrationMeeting();
    Sim.quirks(meetingId, Map.of("duplicate_rate", 1.0));
    given()
        .contentType("application/json")
        .body(Map.of())
        .post("/sim/meetings/" + meetingId + "/start");

    List<Received> got = TestReceiver.awaitCount(meetingId, 2);
    assertThat(got.get(1).body()).isEqualTo(got.get(0).body());
    assertThat(got.get(1).requestId()).isNotEqualTo(got.get(0).requestId());
  }

  @Test
  void urlValidationChallengeIsAnsweredByAReceiverThatKnowsTheSecret() {
    given().post("/sim/webhooks/validate").then().statusCode(200).body("valid", equalTo(true));
  }
}
