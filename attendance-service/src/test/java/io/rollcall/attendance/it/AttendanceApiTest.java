package io.rollcall.attendance.it;

import static io.restassured.RestAssured.given;
import static io.rollcall.attendance.it.Scenario.invitee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.events.Identity;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class AttendanceApiTest {

  private static final String MEETING = "930000000001";
  private static final Scenario EARLIER = new Scenario(MEETING);
  private static final Scenario LATER = new LaterInstance(MEETING);
  private static boolean played;

  @Inject DataSource dataSource;

  /** Two instances of one recurring meeting; student-20 attends both, live in the later one. */
  @BeforeEach
  void playOnce() {
    if (played) {
      return;
    }
    Identity eve = invitee("student-20");
    List<ParticipantMessage> messages = new ArrayList<>();
    messages.addAll(
        EARLIER
            .started(0)
            .joined("e1", eve, "Eve", 1)
            .left("e1", eve, "Eve", 11)
            .joined("x1", Identity.unresolved(), "=1+2", 2)
            .left("x1", Identity.unresolved(), "=1+2", 3)
            .ended(20)
            .messages());
    messages.addAll(LATER.started(24 * 60).joined("e2", eve, "Eve", 24 * 60 + 1).messages());
    ParticipantsTopic.send(messages);
    Projection.awaitApplied(dataSource, messages);
    played = true;
  }

  /** The same meeting a day later, as another instance. */
  private static final class LaterInstance extends Scenario {
    LaterInstance(String meetingId) {
      super(meetingId, "Later+" + meetingId + "/s==");
    }
  }

  @Test
  void instancesAreListedNewestFirst() {
    authorized()
        .get("/meetings/{id}/instances", MEETING)
        .then()
        .statusCode(200)
        .body("instances", hasSize(2))
        .body("instances[0].uuid", equalTo(LATER.instanceUuid))
        .body("instances[0].ended_at", nullValue())
        .body("instances[1].instance_uuid", equalTo(EARLIER.instanceUuid))
        .body("instances[1].ended_at", equalTo("2026-09-14T15:20:00Z"));
  }

  @Test
  void withoutInstanceTheLatestIsShownWithItsOpenSession() {
    authorized()
        .get("/meetings/{id}/attendance", MEETING)
        .then()
        .statusCode(200)
        .body("instance_uuid", equalTo(LATER.instanceUuid))
        .body("live", equalTo(true))
        .body("attendees[0].last_leave", nullValue())
        .body("attendees[0].sessions[0].left_at", nullValue());
  }

  @Test
  void namedInstanceIsShownEvenWithPlusAndSlashInItsUuid() {
    authorized()
        .queryParam("instance", EARLIER.instanceUuid)
        .get("/meetings/{id}/attendance", MEETING)
        .then()
        .statusCode(200)
        .body("instance_uuid", equalTo(EARLIER.instanceUuid))
        .body("attendees[0].attended_seconds", equalTo(600));
  }

  @Test
  void csvHasOneRowPerPersonWithTheJsonColumnsAndDefusedFormulas() {
    String csv =
        authorized()
            .accept("text/csv")
            .queryParam("instance", EARLIER.instanceUuid)
            .get("/meetings/{id}/attendance", MEETING)
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .extract()
            .asString();

    String[] lines = csv.split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0])
        .isEqualTo(
            "meeting_id,instance_uuid,ref,role,name,email,method,confidence,attended_seconds,"
                + "waiting_seconds,first_join,last_leave,sessions,flags,rooms,via_link_of,"
                + "connection_ids");
    assertThat(lines[1])
        .startsWith(MEETING + "," + EARLIER.instanceUuid + ",student-20,invitee,Name student-20,")
        .contains(",registrant,exact,600,0,2026-09-14T15:01:00Z,2026-09-14T15:11:00Z,")
        .contains("2026-09-14T15:01:00Z/2026-09-14T15:11:00Z")
        .endsWith(",e1");
    assertThat(lines[2]).contains(",,'=1+2,,none,none,60,").endsWith(",uninvited,main:60,,x1");
  }

  @Test
  void personAttendanceListsEveryInstanceAndFiltersByTime() {
    authorized()
        .get("/people/{ref}/attendance", "student-20")
        .then()
        .statusCode(200)
        .body("instances", hasSize(2))
        .body("instances[1].attendance.attended_seconds", equalTo(600));
    authorized()
        .queryParam("from", "2026-09-15")
        .get("/people/{ref}/attendance", "student-20")
        .then()
        .statusCode(200)
        .body("instances", hasSize(1))
        .body("instances[0].instance_uuid", equalTo(LATER.instanceUuid));
  }

  @Test
  void missingOrWrongApiKeyIsRefusedWithProblemJson() {
    given()
        .get("/meetings/{id}/attendance", MEETING)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("status", equalTo(401))
        .header("WWW-Authenticate", "Bearer");
    given()
        .auth()
        .oauth2("wrong-key")
        .get("/people/{ref}/attendance", "student-20")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2("test-key-2")
        .get("/meetings/{id}/instances", MEETING)
        .then()
        .statusCode(200);
  }

  @Test
  void healthMetricsOpenApiAndSwaggerUiNeedNoKey() {
    given().get("/q/health/live").then().statusCode(200);
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("rollcall_attendance_messages_total"));
    given().get("/q/swagger-ui/").then().statusCode(200);
    given()
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/meetings/{meeting_id}/attendance"))
        .body(containsString("attended_seconds"));
  }

  @Test
  void unknownMeetingInstanceOrPersonIs404ProblemJson() {
    authorized()
        .get("/meetings/{id}/attendance", "939999999999")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("939999999999"));
    authorized()
        .queryParam("instance", "no-such-instance")
        .get("/meetings/{id}/attendance", MEETING)
        .then()
        .statusCode(404);
    authorized().get("/meetings/{id}/instances", "939999999999").then().statusCode(404);
    authorized().get("/people/{ref}/attendance", "nobody-ever").then().statusCode(404);
  }

  @Test
  void badParametersAre400ProblemJson() {
    authorized()
        .get("/meetings/{id}/attendance", "not-a-number")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", not(equalTo(null)));
    authorized()
        .queryParam("instance", " ")
        .get("/meetings/{id}/attendance", MEETING)
        .then()
        .statusCode(400);
    authorized()
        .queryParam("from", "yesterday")
        .get("/people/{ref}/attendance", "student-20")
        .then()
        .statusCode(400)
        .body("detail", containsString("from"));
    authorized()
        .queryParam("from", "2026-09-20")
        .queryParam("to", "2026-09-10")
        .get("/people/{ref}/attendance", "student-20")
        .then()
        .statusCode(400);
  }

  private static io.restassured.specification.RequestSpecification authorized() {
    return given().auth().oauth2(Projection.API_KEY);
  }
}
