package io.rollcall.attendance.it;

import static io.restassured.RestAssured.given;
import static io.rollcall.attendance.it.Scenario.invitee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rollcall.events.ErasureApplied;
import io.rollcall.events.ErasureMessage;
import io.rollcall.events.EventJson;
import io.rollcall.events.Identity;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.PersonErased;
import io.rollcall.events.Topics;
import io.rollcall.support.tenant.Tenants;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A person's erasure (PersonErased on rollcall.erasures.v1): nothing of their ref, names or emails
 * is left in any table, ErasureApplied reports it, a late message or a rebuild does not bring them
 * back; a tenant that keeps anonymous totals keeps their attended seconds without identity.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = SecondTenant.class, restrictToAnnotatedClass = false)
class ErasureTest {

  @Inject DataSource dataSource;

  @Test
  void erasureRemovesEveryTraceReportsItAndARebuildKeepsThePersonErased() throws Exception {
    Scenario lesson = new Scenario("977000000001", "Ea+977000000001/e==");
    String erin = "erin-7731";
    String reported = "Quillfeather";
    List<ParticipantMessage> messages =
        lesson
            .started(0)
            .joined("u:3001", invitee(erin), "Erin " + reported, 1)
            .left("u:3001", invitee(erin), "Erin " + reported, 20)
            .joined("u:3002", Identity.unresolved(), "Erin's phone " + reported, 22)
            .left("u:3002", Identity.unresolved(), "Erin's phone " + reported, 35)
            .corrected("u:3002", invitee(erin), 2, 36)
            .joined("u:3003", invitee("otto-1"), "Otto", 1)
            .left("u:3003", invitee("otto-1"), "Otto", 40)
            .ended(45)
            .messages();
    ParticipantsTopic.send(messages);
    Projection.awaitApplied(dataSource, messages);
    TenancyTest.sendLink(TenancyTest.link("link-erin-7731", erin, lesson.meetingId, null));
    TenancyTest.sendLink(TenancyTest.link("link-otto-1", "otto-1", lesson.meetingId, null));
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> Traces.find(dataSource, "link-otto-1").size() > 0);
    assertThat(Traces.find(dataSource, erin, reported)).isNotEmpty();
    assertThat(people(lesson)).containsExactlyInAnyOrder(erin, "otto-1");

    String erasureId = UUID.randomUUID().toString();
    erase(erasureId, Tenants.UNNAMED_DEFAULT, erin, false);

    ErasureApplied applied = awaitApplied(erasureId);
    assertThat(applied.tenant()).isEqualTo(Tenants.UNNAMED_DEFAULT);
    assertThat(applied.erased()).containsEntry("connections", 2).containsEntry("links", 1);
    assertThat(Traces.find(dataSource, erin, reported)).isEmpty();
    assertThat(people(lesson)).containsExactly("otto-1");
    given()
        .auth()
        .oauth2(Projection.API_KEY)
        .get("/people/{ref}/attendance", erin)
        .then()
        .statusCode(404);

    // Late messages: one naming Erin, one of her erased connection that no longer names her.
    List<ParticipantMessage> late =
        new Scenario(lesson.meetingId, lesson.instanceUuid)
            .joined("u:3004", invitee(erin), "Erin " + reported, 41)
            .left("u:3002", Identity.unresolved(), "Erin's phone " + reported, 37)
            .messages();
    ParticipantsTopic.send(late);
    Projection.awaitApplied(dataSource, late);
    assertThat(Traces.find(dataSource, erin, reported)).isEmpty();
    assertThat(people(lesson)).containsExactly("otto-1");

    given().auth().oauth2(Projection.API_KEY).post("/admin/rebuild").then().statusCode(200);

    assertThat(Traces.find(dataSource, erin, reported)).isEmpty();
    assertThat(people(lesson)).containsExactly("otto-1");
    assertThat(
            given().auth().oauth2(Projection.API_KEY).get("/q/metrics").then().extract().asString())
        .contains("rollcall_attendance_erasures_total");
  }

  @Test
  void keepingAnonymousTotalsKeepsTheSecondsWithoutIdentity() throws Exception {
    Scenario lesson = new Scenario("977000000002", "Eb+977000000002/k==");
    String kim = "kim-5521";
    String reported = "Larkspur";
    List<ParticipantMessage> messages =
        Traces.inTenant(
            lesson
                .started(0)
                .joined("u:4001", invitee(kim), "Kim " + reported, 1)
                .left("u:4001", invitee(kim), "Kim " + reported, 31)
                .joined("u:4002", invitee(kim), "Kim's tablet " + reported, 20)
                .left("u:4002", invitee(kim), "Kim's tablet " + reported, 41)
                .joined("u:4003", invitee("lee-2"), "Lee", 1)
                .left("u:4003", invitee("lee-2"), "Lee", 10)
                .ended(45)
                .messages(),
            SecondTenant.ACCOUNT);
    ParticipantsTopic.send(messages);
    Projection.awaitApplied(dataSource, messages);
    assertThat(attendance(lesson).getList("attendees.attended_seconds"))
        .containsExactlyInAnyOrder(40 * 60, 9 * 60);

    String erasureId = UUID.randomUUID().toString();
    erase(erasureId, SecondTenant.ACCOUNT, kim, true);

    ErasureApplied applied = awaitApplied(erasureId);
    assertThat(applied.tenant()).isEqualTo(SecondTenant.ACCOUNT);
    assertThat(applied.erased()).containsEntry("connections_anonymized", 2);
    assertThat(Traces.find(dataSource, kim, reported)).isEmpty();
    String afterErasure = assertAnonymousEntry(lesson);

    given().auth().oauth2(Projection.API_KEY).post("/admin/rebuild").then().statusCode(200);

    assertThat(Traces.find(dataSource, kim, reported)).isEmpty();
    assertThat(assertAnonymousEntry(lesson)).isEqualTo(afterErasure);
  }

  @Test
  void anErasureTouchesOnlyItsTenantsPersonNotTheSameRefElsewhere() {
    String max = "max-3391";
    Scenario inDefault = new Scenario("977000000003", "Ec+977000000003/d==");
    Scenario inSecond = new Scenario("977000000004", "Ed+977000000004/s==");
    List<ParticipantMessage> messages = new ArrayList<>();
    messages.addAll(
        inDefault
            .started(0)
            .joined("u:5001", invitee(max), "Max", 1)
            .left("u:5001", invitee(max), "Max", 11)
            .messages());
    messages.addAll(
        Traces.inTenant(
            inSecond
                .started(0)
                .joined("u:6001", invitee(max), "Max", 1)
                .left("u:6001", invitee(max), "Max", 21)
                .messages(),
            SecondTenant.ACCOUNT));
    ParticipantsTopic.send(messages);
    Projection.awaitApplied(dataSource, messages);

    String erasureId = UUID.randomUUID().toString();
    erase(erasureId, SecondTenant.ACCOUNT, max, false);
    assertThat(awaitApplied(erasureId).erased()).containsEntry("connections", 1);

    given()
        .auth()
        .oauth2(SecondTenant.READ_KEY)
        .get("/people/{ref}/attendance", max)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(Projection.API_KEY)
        .get("/people/{ref}/attendance", max)
        .then()
        .statusCode(200)
        .body("instances.meeting_id", contains(inDefault.meetingId))
        .body("instances[0].attendance.attended_seconds", equalTo(10 * 60));
  }

  /** One anonymous entry with Kim's 40 minutes, Lee as before; returns the attendance JSON. */
  private static String assertAnonymousEntry(Scenario lesson) {
    String json =
        given()
            .auth()
            .oauth2(SecondTenant.ADMIN_KEY)
            .queryParam("instance", lesson.instanceUuid)
            .get("/meetings/{id}/attendance", lesson.meetingId)
            .then()
            .statusCode(200)
            .body("attendees.find { it.erased }.ref", nullValue())
            .body("attendees.find { it.erased }.name", nullValue())
            .body("attendees.find { it.erased }.email", nullValue())
            .body("attendees.find { it.erased }.resolution.method", equalTo("none"))
            .body("attendees.find { it.erased }.attended_seconds", equalTo(40 * 60))
            .body("attendees.find { it.erased }.sessions.reported_name", everyItem(nullValue()))
            .body("attendees.find { !it.erased }.ref", equalTo("lee-2"))
            .body("attendees.erased", containsInAnyOrder(true, false))
            .extract()
            .asString();
    return json;
  }

  private static JsonPath attendance(Scenario lesson) {
    return given()
        .auth()
        .oauth2(SecondTenant.READ_KEY)
        .queryParam("instance", lesson.instanceUuid)
        .get("/meetings/{id}/attendance", lesson.meetingId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static List<String> people(Scenario lesson) {
    return given()
        .auth()
        .oauth2(Projection.API_KEY)
        .queryParam("instance", lesson.instanceUuid)
        .get("/meetings/{id}/attendance", lesson.meetingId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("attendees.ref");
  }

  private static void erase(String erasureId, String tenant, String ref, boolean keep) {
    PersonErased request =
        new PersonErased(
            ErasureMessage.SCHEMA_VERSION,
            "erase:" + erasureId,
            erasureId,
            tenant,
            ref,
            List.of(),
            keep,
            "key:test",
            Instant.now());
    ParticipantsTopic.sendRaw(Topics.ERASURES, request.key(), EventJson.encode(request));
  }

  private static ErasureApplied awaitApplied(String erasureId) {
    ConsumerRecord<String, byte[]> record =
        ParticipantsTopic.awaitRecord(
            Topics.ERASURES,
            r ->
                r.value() != null
                    && EventJson.decode(r.value(), ErasureMessage.class) instanceof ErasureApplied a
                    && a.erasureId().equals(erasureId));
    ErasureApplied applied = EventJson.decode(record.value(), ErasureApplied.class);
    assertThat(record.key()).isEqualTo(applied.key());
    assertThat(applied.service()).isEqualTo("attendance-service");
    return applied;
  }
}
