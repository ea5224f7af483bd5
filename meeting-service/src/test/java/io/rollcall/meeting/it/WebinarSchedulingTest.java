package io.rollcall.meeting.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rollcall.events.LinkEvent;
import io.rollcall.events.LinkRole;
import io.rollcall.events.LinkStatus;
import io.rollcall.events.MeetingKind;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Webinars through meeting-service and the real zoom-simulator: scheduled with Zoom's webinar API,
 * attendees registered as webinar registrants and panelists added, each with a link of their own,
 * and every link published on {@code rollcall.links.v1} with its role and {@code kind: webinar}.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ZoomSimulatorTestResource.class, restrictToAnnotatedClass = false)
class WebinarSchedulingTest {

  static String scheduleWebinar(String host) {
    Map<String, Object> body = new HashMap<>();
    body.put("host", host);
    body.put("topic", "Synthetic CPE webinar");
    body.put("start_time", "2026-12-14T17:00:00Z");
    body.put("duration", 90);
    body.put("timezone", "Europe/Paris");
    return Api.authed()
        .body(body)
        .post("/webinars")
        .then()
        .statusCode(201)
        .body("type", equalTo(5))
        .body("settings.registration_required", equalTo(true))
        .extract()
        .path("webinar_id");
  }

  static JsonPath post(String path, Map<String, Object> body) {
    return Api.authed().body(body).post(path).then().statusCode(200).extract().jsonPath();
  }

  @Test
  void attendeesAndPanelistsEachGetTheirOwnLinkPublishedWithRoleAndKind() throws Exception {
    String host = Api.uniqueHost();
    String webinarId = scheduleWebinar(host);

    JsonPath attendees =
        post("/webinars/" + webinarId + "/attendees", Map.of("attendees", Api.invitees("wa", 2)));
    JsonPath panelists =
        post("/webinars/" + webinarId + "/panelists", Map.of("panelists", Api.invitees("wp", 2)));

    assertThat(attendees.getInt("failed")).isZero();
    assertThat(attendees.<String>getList("attendees.role")).containsOnly("attendee");
    assertThat(attendees.<String>getList("attendees.registrant_id")).doesNotContainNull();
    assertThat(panelists.getInt("failed")).isZero();
    assertThat(panelists.<String>getList("panelists.role")).containsOnly("panelist");
    assertThat(panelists.<String>getList("panelists.panelist_id")).doesNotContainNull();
    List<String> urls = new java.util.ArrayList<>(attendees.getList("attendees.join_url"));
    urls.addAll(panelists.getList("panelists.join_url"));
    assertThat(urls).doesNotContainNull().doesNotHaveDuplicates().hasSize(4);
    assertThat(Api.zoomGet("/webinars/" + webinarId + "/registrants").getInt("total_records"))
        .isEqualTo(2);
    assertThat(Api.zoomGet("/webinars/" + webinarId + "/panelists").getInt("total_records"))
        .isEqualTo(2);

    await().atMost(Duration.ofSeconds(20)).until(() -> LinkTopic.forMeeting(webinarId).size() >= 5);
    List<LinkEvent> published =
        LinkTopic.forMeeting(webinarId).stream().map(LinkTopic.Received::event).toList();
    assertThat(published).allSatisfy(e -> assertThat(e.kind()).isEqualTo(MeetingKind.WEBINAR));
    assertThat(published)
        .extracting(LinkEvent::role)
        .containsExactlyInAnyOrder(
            LinkRole.HOST,
            LinkRole.ATTENDEE,
            LinkRole.ATTENDEE,
            LinkRole.PANELIST,
            LinkRole.PANELIST);
    assertThat(published)
        .filteredOn(e -> e.role() == LinkRole.PANELIST)
        .allSatisfy(e -> assertThat(e.registrantId()).isNull())
        .extracting(LinkEvent::email)
        .containsExactlyInAnyOrder("wp.0@example.org", "wp.1@example.org");
  }

  @Test
  void addingTheSamePanelistRefAgainReturnsTheSameLink() {
    String webinarId = scheduleWebinar(Api.uniqueHost());
    JsonPath first =
        post("/webinars/" + webinarId + "/panelists", Map.of("panelists", Api.invitees("rp", 1)));

    JsonPath again =
        post("/webinars/" + webinarId + "/panelists", Map.of("panelists", Api.invitees("rp", 1)));

    assertThat(again.<String>getList("panelists.outcome")).containsOnly("existing");
    assertThat(again.getString("panelists[0].link_id"))
        .isEqualTo(first.getString("panelists[0].link_id"));
    Api.authed()
        .get("/webinars/" + webinarId + "/panelists")
        .then()
        .statusCode(200)
        .body("panelists.size()", equalTo(1));
  }

  @Test
  void aMeetingIsNotAWebinarAndBadListsAreNamedInTheProblem() {
    String meetingId = Api.scheduleMeeting(Api.uniqueHost());
    Api.authed()
        .body(Map.of("attendees", Api.invitees("x", 1)))
        .post("/webinars/" + meetingId + "/attendees")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    String webinarId = scheduleWebinar(Api.uniqueHost());
    Api.authed()
        .body(Map.of("panelists", List.of(Map.of("ref", "p1", "email", "not-an-email"))))
        .post("/webinars/" + webinarId + "/panelists")
        .then()
        .statusCode(400)
        .body("detail", containsString("panelists[0].email"));
  }

  @Test
  void removingAPanelistRevokesTheLinkInZoomAndOnTheRegistry() throws Exception {
    String webinarId = scheduleWebinar(Api.uniqueHost());
    post("/webinars/" + webinarId + "/panelists", Map.of("panelists", Api.invitees("rm", 1)));

    Api.authed()
        .delete("/webinars/" + webinarId + "/panelists/rm-0")
        .then()
        .statusCode(200)
        .body("status", equalTo("revoked"));
    Api.authed().delete("/webinars/" + webinarId + "/panelists/rm-0").then().statusCode(200);

    assertThat(Api.zoomGet("/webinars/" + webinarId + "/panelists").getInt("total_records"))
        .isZero();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                LinkTopic.forMeeting(webinarId).stream()
                    .anyMatch(r -> r.event().status() == LinkStatus.REVOKED));
    Api.authed()
        .delete("/meetings/" + webinarId + "/invitees/rm-0")
        .then()
        .statusCode(409)
        .body("detail", containsString("/panelists/rm-0"));
  }

  @Test
  void theHostOfAWebinarGetsAFreshStartLinkFromZoomsWebinarApi() {
    String host = Api.uniqueHost();
    String webinarId = scheduleWebinar(host);

    Api.authed()
        .body(Map.of("host", host))
        .post("/meetings/" + webinarId + "/host-link")
        .then()
        .statusCode(200)
        .body("start_url", containsString("/s/" + webinarId));
  }
}
