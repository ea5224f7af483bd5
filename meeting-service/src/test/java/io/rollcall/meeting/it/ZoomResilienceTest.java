package io.rollcall.meeting.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ZoomSimulatorTestResource.class, restrictToAnnotatedClass = false)
class ZoomResilienceTest {
  @Inject ZoomExchanges metrics;

  @AfterEach
  void restoreZoom() throws Exception {
    ZoomSimulatorTestResource.proxy().clearFaults();
    Api.simControl(
        "PUT", "/sim/rate-limits", "{\"enabled\":true,\"light\":30,\"medium\":20,\"heavy\":10}");
  }

  @Test
  void expiredAccessTokenIsRenewedOnceAfterA401AndTheCallSucceeds() throws Exception {
    String host = Api.uniqueHost();
    String meetingId = Api.scheduleMeeting(host); // a token is cached now
    long tokens = metrics.count("oauth_token", "success");
    long rejected =
        metrics.count("get_meeting", "unauthorized") + metrics.count("user_zak", "unauthorized");

    // Zoom's clock moves past the token's hour: Zoom now answers 401 "Access token is expired."
    assertThat(Api.simControl("POST", "/sim/clock", "{\"advance\":\"PT2H\"}")).isEqualTo(200);

    Api.authed()
        .body(Map.of("host", host))
        .post("/meetings/{id}/host-link", meetingId)
        .then()
        .statusCode(200)
        .body("zak", notNullValue());
    assertThat(metrics.count("oauth_token", "success") - tokens).isEqualTo(1);
    assertThat(
            metrics.count("get_meeting", "unauthorized")
                + metrics.count("user_zak", "unauthorized")
                - rejected)
        .isEqualTo(1);
  }

  @Test
  void rateLimited429IsRetriedAfterZoomsRetryAfterAndEveryInviteeIsRegistered() throws Exception {
    String meetingId = Api.scheduleMeeting(Api.uniqueHost());
    // Zoom refuses every Heavy call (Retry-After as the ISO date-time of its docs) until the first
    // 429 has been seen, then allows one per second: a 429 happens whatever the timing of the calls
    // (at one per second, three batches a second apart would never see one).
    Api.simControl("PUT", "/sim/rate-limits", "{\"heavy\":0,\"retry_after_style\":\"ISO\"}");
    long limited = metrics.count("batch_registrants", "rate_limited");

    CompletableFuture<JsonPath> registering =
        CompletableFuture.supplyAsync(() -> Api.register(meetingId, Api.invitees("rl", 90)));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> metrics.count("batch_registrants", "rate_limited") > limited);
    Api.simControl("PUT", "/sim/rate-limits", "{\"heavy\":1,\"retry_after_style\":\"ISO\"}");
    JsonPath answer = registering.get(60, TimeUnit.SECONDS);

    assertThat(answer.getInt("failed")).isZero();
    assertThat(answer.<String>getList("invitees.outcome")).hasSize(90).containsOnly("issued");
    assertThat(metrics.count("batch_registrants", "rate_limited")).isGreaterThan(limited);
  }

  @Test
  void zoomRateLimitThatDoesNotLiftIsPassedOnAs429Problem() throws Exception {
    Api.simControl("PUT", "/sim/rate-limits", "{\"medium\":0,\"retry_after_style\":\"SECONDS\"}");
    Api.authed()
        .body(
            Map.of(
                "host",
                Api.uniqueHost(),
                "topic",
                "t",
                "start_time",
                "2026-12-14T15:00:00Z",
                "duration",
                30))
        .post("/meetings")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("detail", containsString("429"));
  }

  @Test
  void zoom5xxIsRetriedWithBackoffUntilZoomAnswers() {
    String meetingId = Api.scheduleMeeting(Api.uniqueHost());
    long serverErrors = metrics.count("batch_registrants", "server_error");
    ZoomSimulatorTestResource.proxy().failNext("/batch_registrants", 2, 503);

    var answer = Api.register(meetingId, Api.invitees("r5xx", 5));

    assertThat(answer.<String>getList("invitees.outcome")).containsOnly("issued");
    assertThat(metrics.count("batch_registrants", "server_error") - serverErrors).isEqualTo(2);
  }

  @Test
  void partialFailureIsReportedPerInviteeAndARetryCompletesTheRest() {
    String meetingId = Api.scheduleMeeting(Api.uniqueHost());
    // The first batch of 30 fails on every attempt; the second batch goes through.
    ZoomSimulatorTestResource.proxy().failNext("/batch_registrants", 4, 500);

    var first = Api.register(meetingId, Api.invitees("part", 40));

    assertThat(first.getInt("failed")).isEqualTo(30);
    assertThat(first.getString("invitees.find { it.ref == 'part-0' }.error")).contains("500");
    assertThat(first.getString("invitees.find { it.ref == 'part-39' }.outcome"))
        .isEqualTo("issued");

    var retry = Api.register(meetingId, Api.invitees("part", 40));

    assertThat(retry.getInt("failed")).isZero();
    assertThat(retry.getString("invitees.find { it.ref == 'part-0' }.outcome")).isEqualTo("issued");
    assertThat(retry.getString("invitees.find { it.ref == 'part-39' }.outcome"))
        .isEqualTo("existing");
  }

  @Test
  void circuitOpensAfterRepeatedZoomFailuresAndClosesWhenZoomRecovers() {
    ZoomSimulatorTestResource.proxy().failNext("/meetings", 1000, 500);
    for (int i = 0; i < 5; i++) {
      Api.authed()
          .body(schedule())
          .post("/meetings")
          .then()
          .statusCode(502)
          .contentType("application/problem+json");
    }
    Api.authed()
        .body(schedule())
        .post("/meetings")
        .then()
        .statusCode(503)
        .body("detail", containsString("paused"));

    ZoomSimulatorTestResource.proxy().clearFaults();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> Api.authed().body(schedule()).post("/meetings").then().statusCode(201));
  }

  private static Map<String, Object> schedule() {
    return Map.of(
        "host",
        Api.uniqueHost(),
        "topic",
        "t",
        "start_time",
        "2026-12-14T15:00:00Z",
        "duration",
        30);
  }
}
