package io.rollcall.meeting.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.rollcall.events.LinkRole;
import io.rollcall.outbox.OutboxRelay;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ZoomSimulatorTestResource.class, restrictToAnnotatedClass = false)
class SchedulingTest {
  @Inject OutboxRelay relay;

  @Test
  void schedulingCreatesARegistrationMeetingInZoomAndEchoesTheAppliedSettings() throws Exception {
    String host = Api.uniqueHost();
    var created =
        Api.authed()
            .body(
                Map.of(
                    "host",
                    host,
                    "topic",
                    "Onboarding",
                    "start_time",
                    "2026-12-14T15:00:00Z",
                    "duration",
                    45,
                    "timezone",
                    "Europe/Paris",
                    "settings",
                    Map.of("waiting_room", true, "allow_multiple_devices", false)))
            .post("/meetings")
            .then()
            .statusCode(201)
            .body("meeting_id", notNullValue())
            .body("host_id", notNullValue())
            .body("host", equalTo(host))
            .body("topic", equalTo("Onboarding"))
            .body("start_time", equalTo("2026-12-14T15:00:00Z"))
            .body("type", equalTo(2))
            .body("settings.registration_required", equalTo(true))
            .body("settings.approval_type", equalTo(0))
            .body("settings.waiting_room", equalTo(true))
            .body("settings.join_before_host", equalTo(false))
            .body("settings.allow_multiple_devices", equalTo(false))
            .body("settings.meeting_authentication", equalTo(false))
            .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("start_url")))
            .extract()
            .jsonPath();

    String meetingId = created.getString("meeting_id");
    var inZoom = Api.zoomGet("/meetings/" + meetingId);
    assertThat(inZoom.getInt("settings.approval_type")).isZero();
    assertThat(inZoom.getString("host_id")).isEqualTo(created.getString("host_id"));
  }

  @Test
  void scheduledMeetingAnnouncesItsHostOnTheLinkRegistry() {
    String host = Api.uniqueHost();
    String meetingId = Api.scheduleMeeting(host);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              relay.relayOnce();
              var events = LinkTopic.forMeeting(meetingId);
              assertThat(events).hasSize(1);
              var hostEvent = events.get(0);
              assertThat(hostEvent.key()).isEqualTo("host:" + meetingId);
              assertThat(hostEvent.event().role()).isEqualTo(LinkRole.HOST);
              assertThat(hostEvent.event().inviteeRef()).isEqualTo(host);
              assertThat(hostEvent.event().zoomUserId()).isNotBlank();
              assertThat(hostEvent.event().meeting().hostId())
                  .isEqualTo(hostEvent.event().zoomUserId());
              assertThat(hostEvent.event().meeting().registrationRequired()).isTrue();
            });
  }

  @Test
  void invalidScheduleRequestIsA400ProblemNamingEachField() {
    Api.authed()
        .body(Map.of("topic", "x", "start_time", "tomorrow", "duration", -5))
        .post("/meetings")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("host is required"))
        .body("detail", containsString("start_time"))
        .body("detail", containsString("duration"));
  }

  @Test
  void malformedJsonIsA400Problem() {
    Api.authed()
        .body("{\"host\": ")
        .post("/meetings")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void unknownMeetingIsA404Problem() {
    Api.authed()
        .get("/meetings/{id}/invitees", "999000111")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("999000111"));
  }

  @Test
  void everyEndpointWithoutAValidApiKeyIsA401Problem() {
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/meetings")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .header("Authorization", "Bearer wrong")
        .get("/meetings/1/invitees")
        .then()
        .statusCode(401);
    given()
        .contentType(ContentType.JSON)
        .post("/meetings/1/host-link")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given().post("/meetings/1/invitees/a/sdk-signature").then().statusCode(401);
    given().delete("/meetings/1/invitees/a").then().statusCode(401);
  }

  @Test
  void healthMetricsAndOpenApiNeedNoKey() {
    given().get("/q/health/ready").then().statusCode(200).body(containsString("zoom"));
    given().get("/q/metrics").then().statusCode(200);
    given().get("/q/openapi").then().statusCode(200).body(containsString("/meetings"));
  }
}
