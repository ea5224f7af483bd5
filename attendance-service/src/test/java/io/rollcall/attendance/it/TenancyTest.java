package io.rollcall.attendance.it;

import static io.restassured.RestAssured.given;
import static io.rollcall.attendance.it.Scenario.invitee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.rollcall.events.AssignmentChanged;
import io.rollcall.events.AttendanceChange;
import io.rollcall.events.EventJson;
import io.rollcall.events.Identity;
import io.rollcall.events.LinkEvent;
import io.rollcall.events.LinkRole;
import io.rollcall.events.LinkStatus;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.Topics;
import io.rollcall.support.tenant.Tenants;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two tenants (the tests' default one and {@link SecondTenant}): each credential sees and changes
 * only its own tenant's meetings, people and links; another tenant's meeting answers like an
 * unknown one (404); scopes decide what a key may do (403); rows and published events carry the
 * tenant; the links topic's tombstones delete links.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = SecondTenant.class, restrictToAnnotatedClass = false)
class TenancyTest {

  private static final String DEFAULT_TENANT = Tenants.UNNAMED_DEFAULT;
  private static final Scenario A = new Scenario("976000000001", "Ta+976000000001/a==");
  private static final Scenario B = new Scenario("976000000002", "Tb+976000000002/b==");
  private static final String SAME_REF = "sam-4410";
  private static final String PATH =
      "/meetings/{meeting}/instances/{instance}/connections/{connection}/assignment";
  private static boolean played;

  @Inject DataSource dataSource;

  /** The same ref in both tenants: 29 minutes in the default tenant's meeting, 8 in the other's. */
  @BeforeEach
  void playOnce() {
    if (played) {
      return;
    }
    List<ParticipantMessage> messages = new ArrayList<>();
    messages.addAll(
        A.started(0)
            .joined("u:1001", invitee(SAME_REF), "Sam in A", 1)
            .left("u:1001", invitee(SAME_REF), "Sam in A", 30)
            .ended(40)
            .messages());
    messages.addAll(
        Traces.inTenant(
            B.started(0)
                .joined("u:2001", invitee(SAME_REF), "Sam in B", 2)
                .left("u:2001", invitee(SAME_REF), "Sam in B", 10)
                .joined("u:2002", Identity.unresolved(), "Guest", 3)
                .left("u:2002", Identity.unresolved(), "Guest", 20)
                .ended(25)
                .messages(),
            SecondTenant.ACCOUNT));
    ParticipantsTopic.send(messages);
    Projection.awaitApplied(dataSource, messages);
    played = true;
  }

  @Test
  void eachTenantSeesOnlyItsOwnMeetingsAnotherTenantsAnswer404() {
    instances(Projection.API_KEY, A).statusCode(200).body("instances", hasSize(1));
    instances(SecondTenant.READ_KEY, B).statusCode(200).body("instances", hasSize(1));

    instances(Projection.API_KEY, B).statusCode(404).contentType("application/problem+json");
    instances(SecondTenant.READ_KEY, A).statusCode(404);
    attendance(Projection.API_KEY, B, null, "application/json").statusCode(404);
    attendance(Projection.API_KEY, B, null, "text/csv").statusCode(404);
    attendance(SecondTenant.READ_KEY, A, null, "application/json").statusCode(404);
    // Naming the other tenant's instance under one's own meeting does not reach it either.
    attendance(Projection.API_KEY, A, B.instanceUuid, "application/json").statusCode(404);
    attendance(SecondTenant.READ_KEY, B, null, "text/csv").statusCode(200);
  }

  @Test
  void aPersonsAttendanceIsTheCallersTenantsOnlyEvenWithTheSameRef() {
    person(Projection.API_KEY)
        .statusCode(200)
        .body("instances.meeting_id", contains(A.meetingId))
        .body("instances[0].attendance.attended_seconds", equalTo(29 * 60))
        .body("instances[0].attendance.name", equalTo("Name " + SAME_REF));
    person(SecondTenant.READ_KEY)
        .statusCode(200)
        .body("instances.meeting_id", contains(B.meetingId))
        .body("instances[0].attendance.attended_seconds", equalTo(8 * 60));
  }

  @Test
  void rowsAndAttendanceChangesCarryTheirTenant() throws Exception {
    assertThat(
            Traces.count(
                dataSource,
                "SELECT count(*) FROM connection WHERE instance_uuid = ? AND tenant = '"
                    + SecondTenant.ACCOUNT
                    + "'",
                B.instanceUuid))
        .isEqualTo(2);
    assertThat(
            Traces.count(
                dataSource,
                "SELECT count(*) FROM meeting_instance WHERE instance_uuid = ? AND tenant = '"
                    + DEFAULT_TENANT
                    + "'",
                A.instanceUuid))
        .isEqualTo(1);
    assertThat(change(B).tenant()).isEqualTo(SecondTenant.ACCOUNT);
    assertThat(change(A).tenant()).isEqualTo(DEFAULT_TENANT);
  }

  @Test
  void aReadOnlyKeyGets403OnAssignmentsAndRebuild() {
    given()
        .auth()
        .oauth2(SecondTenant.READ_KEY)
        .contentType("application/json")
        .body(Map.of("ref", SAME_REF, "reason", "r"))
        .put(PATH, B.meetingId, B.instanceUuid, "u:2002")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(SecondTenant.READ_KEY)
        .delete(PATH, B.meetingId, B.instanceUuid, "u:2002")
        .then()
        .statusCode(403);
    given().auth().oauth2(SecondTenant.READ_KEY).post("/admin/rebuild").then().statusCode(403);
  }

  @Test
  void aRebuildIsGlobalSoAnotherTenantsAdminGets403() {
    given()
        .auth()
        .oauth2(SecondTenant.ADMIN_KEY)
        .post("/admin/rebuild")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void assignmentsStayWithinTheTenant() {
    sendLink(link("link-b-sam", SAME_REF, B.meetingId, SecondTenant.ACCOUNT));
    // A link of the same meeting under the default tenant is not the second tenant's invitee.
    sendLink(link("link-default-pat", "pat-8812", B.meetingId, null));
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Traces.count(
                        dataSource,
                        "SELECT count(*) FROM invitee_link WHERE meeting_id = ?",
                        B.meetingId)
                    == 2);

    String eventId =
        assign(SecondTenant.ADMIN_KEY, B, "u:2002", SAME_REF)
            .statusCode(202)
            .extract()
            .path("event_id");
    ConsumerRecord<String, byte[]> record =
        ParticipantsTopic.awaitRecord(
            Topics.ASSIGNMENTS,
            r -> EventJson.decode(r.value(), AssignmentChanged.class).eventId().equals(eventId));
    assertThat(EventJson.decode(record.value(), AssignmentChanged.class).tenant())
        .isEqualTo(SecondTenant.ACCOUNT);

    assign(SecondTenant.ADMIN_KEY, B, "u:2002", "pat-8812").statusCode(422);
    assign(Projection.API_KEY, B, "u:2002", SAME_REF).statusCode(404);
    assign(SecondTenant.ADMIN_KEY, A, "u:1001", SAME_REF).statusCode(404);
    given()
        .auth()
        .oauth2(Projection.API_KEY)
        .delete(PATH, B.meetingId, B.instanceUuid, "u:2002")
        .then()
        .statusCode(404);
  }

  @Test
  void aLinkTombstoneDeletesTheLinkAndIsNotDeadLettered() throws Exception {
    String linkId = "link-tombstone-5531";
    sendLink(link(linkId, "tomb-5531", A.meetingId, null));
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> links(linkId) == 1);

    ParticipantsTopic.sendRaw(Topics.LINKS, linkId, null);

    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> links(linkId) == 0);
    // A later link, on the same partition, is applied: the tombstone did not stop the consumer.
    String after = "link-tombstone-5531-after";
    sendLink(link(after, "tomb-after", A.meetingId, null));
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> links(after) == 1);
    assertThat(ParticipantsTopic.readAll(Topics.ATTENDANCE_DEAD_LETTER))
        .noneMatch(r -> linkId.equals(r.key()));
  }

  private int links(String linkId) throws Exception {
    return Traces.count(dataSource, "SELECT count(*) FROM invitee_link WHERE link_id = ?", linkId);
  }

  private static AttendanceChange change(Scenario scenario) {
    ConsumerRecord<String, byte[]> record =
        ParticipantsTopic.awaitRecord(
            Topics.ATTENDANCE, r -> scenario.instanceUuid.equals(r.key()));
    return EventJson.decode(record.value(), AttendanceChange.class);
  }

  private static ValidatableResponse instances(String key, Scenario scenario) {
    return given().auth().oauth2(key).get("/meetings/{id}/instances", scenario.meetingId).then();
  }

  private static ValidatableResponse attendance(
      String key, Scenario scenario, String instance, String accept) {
    var request = given().auth().oauth2(key).accept(accept);
    if (instance != null) {
      request = request.queryParam("instance", instance);
    }
    return request.get("/meetings/{id}/attendance", scenario.meetingId).then();
  }

  private static ValidatableResponse person(String key) {
    return given().auth().oauth2(key).get("/people/{ref}/attendance", SAME_REF).then();
  }

  private static ValidatableResponse assign(
      String key, Scenario scenario, String connection, String ref) {
    return given()
        .auth()
        .oauth2(key)
        .contentType("application/json")
        .body(Map.of("ref", ref, "reason", "the operator knows"))
        .put(PATH, scenario.meetingId, scenario.instanceUuid, connection)
        .then();
  }

  static LinkEvent link(String linkId, String ref, String meetingId, String tenant) {
    return new LinkEvent(
        1,
        "le:" + linkId,
        linkId,
        LinkStatus.ISSUED,
        LinkRole.INVITEE,
        meetingId,
        ref,
        "reg-" + linkId,
        null,
        null,
        ref + "@example.edu",
        "First " + ref,
        "Last " + ref,
        null,
        null,
        Instant.parse("2026-09-01T10:00:00Z"),
        null,
        tenant);
  }

  static void sendLink(LinkEvent link) {
    ParticipantsTopic.sendRaw(Topics.LINKS, link.linkId(), EventJson.encode(link));
  }
}
