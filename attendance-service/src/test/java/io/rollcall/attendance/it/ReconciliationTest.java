package io.rollcall.attendance.it;

import static io.restassured.RestAssured.given;
import static io.rollcall.attendance.it.Scenario.invitee;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.rollcall.events.AttendanceChange;
import io.rollcall.events.EventJson;
import io.rollcall.events.Flag;
import io.rollcall.events.Identity;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.Topics;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Zoom's participants report merged into an instance, as identity-service publishes it on
 * rollcall.participants.v1: lost sessions added, open ones closed, nothing counted twice, the
 * instance's reconciliation shown, the metrics counting each fixed session once.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class ReconciliationTest {

  private static final Identity ANA = invitee("ana");
  private static final Identity BO = invitee("bo");
  private static final Identity CARLA = invitee("carla");

  @Inject DataSource dataSource;

  /**
   * What the webhooks said: Ana's whole session; Bo's join (his leave lost: only the meeting's end
   * closes him); nothing of Carla (every webhook of her join lost).
   */
  private static List<ParticipantMessage> webhooks(String meetingId) {
    return new Scenario(meetingId)
        .started(0)
        .joined("a1", ANA, "Ana", 1)
        .left("a1", ANA, "Ana", 20)
        .joined("b1", BO, "Bo", 2)
        .ended(60)
        .messages();
  }

  /** The report: a row per connection (its clock a few seconds off), then instance_reconciled. */
  private static List<ParticipantMessage> report(String meetingId) {
    return new Scenario(meetingId)
        .reported("a1", ANA, "Ana", 1, 21, 3)
        .reported("b1", BO, "Bo", 2, 40, 0)
        .reported("c1", CARLA, "Carla", 5, 30, 0)
        .reconciled("fetch-" + meetingId, 3, 70)
        .messages();
  }

  @Test
  void reportAddsTheLostSessionClosesTheOpenOneAndShowsTheInstancesReconciliation() {
    String meetingId = "961000000001";
    List<ParticipantMessage> before = webhooks(meetingId);
    play(before);
    attendance(meetingId)
        .body("reconciliation", nullValue())
        .body("attendees", hasSize(2))
        .body(person("bo") + ".attended_seconds", equalTo(58 * 60))
        .body(person("bo") + ".sessions[0].leave_reason", equalTo("meeting ended"));
    instances(meetingId).body("instances[0].reconciliation", nullValue());
    double added = metric("rollcall_reconciliation_sessions_added_total");
    double changed = metric("rollcall_reconciliation_sessions_changed_total");

    play(report(meetingId));

    attendance(meetingId)
        .body("attendees", hasSize(3))
        .body(person("ana") + ".attended_seconds", equalTo(19 * 60))
        .body(person("ana") + ".flags", empty())
        .body(person("ana") + ".resolution", not(hasKey("assignment")))
        .body(person("ana") + ".sessions", hasSize(1))
        .body(person("ana") + ".sessions[0].left_at", equalTo("2026-09-14T15:20:00Z"))
        .body(person("bo") + ".attended_seconds", equalTo(38 * 60))
        .body(person("bo") + ".flags", contains("leave_from_report"))
        .body(person("bo") + ".sessions[0].left_at", equalTo("2026-09-14T15:40:00Z"))
        .body(person("bo") + ".sessions[0].flags", contains("leave_from_report"))
        .body(person("carla") + ".attended_seconds", equalTo(25 * 60))
        .body(person("carla") + ".flags", contains("from_report"))
        .body(person("carla") + ".sessions[0].connection_id", equalTo("c1"))
        .body(person("carla") + ".sessions[0].flags", contains("from_report"))
        .body("reconciliation.reconciled_at", equalTo("2026-09-14T16:10:00Z"))
        .body("reconciliation.rows_read", equalTo(3))
        .body("reconciliation.sessions_added", equalTo(1))
        .body("reconciliation.sessions_changed", equalTo(1));
    instances(meetingId)
        .body("instances[0].reconciliation.reconciled_at", equalTo("2026-09-14T16:10:00Z"))
        .body("instances[0].reconciliation.trigger", equalTo("meeting_ended"))
        .body("instances[0].reconciliation.rows_read", equalTo(3))
        .body("instances[0].reconciliation.sessions_added", equalTo(1))
        .body("instances[0].reconciliation.sessions_changed", equalTo(1));
    assertThat(metric("rollcall_reconciliation_sessions_added_total")).isEqualTo(added + 1);
    assertThat(metric("rollcall_reconciliation_sessions_changed_total")).isEqualTo(changed + 1);
  }

  @Test
  void downstreamHearsOfTheAddedSessionButNotOfAReportRowThatConfirmsTheWebhooks() {
    String meetingId = "961000000005";
    play(webhooks(meetingId));
    play(report(meetingId));
    String instance = new Scenario(meetingId).instanceUuid;

    AttendanceChange carla =
        EventJson.decode(
            ParticipantsTopic.awaitRecord(
                    Topics.ATTENDANCE,
                    r ->
                        r.value() != null
                            && new String(r.value(), UTF_8)
                                .contains("att:pe:report:" + instance + ":c1:5:JOINED"))
                .value(),
            AttendanceChange.class);
    assertThat(carla.type()).isEqualTo(AttendanceChange.Type.PERSON_JOINED);
    assertThat(carla.ref()).isEqualTo("carla");
    assertThat(carla.flags()).containsExactly(Flag.FROM_REPORT);
    assertThat(ParticipantsTopic.readAll(Topics.ATTENDANCE))
        .noneMatch(
            r -> new String(r.value(), UTF_8).contains("att:pe:report:" + instance + ":a1:"));
  }

  @Test
  void theSameReportAgainAndARebuildChangeNothingAndCountNothingTwice() {
    String meetingId = "961000000002";
    play(webhooks(meetingId));
    play(report(meetingId));
    String attendance = Projection.attendanceJson(meetingId);
    String instances = instances(meetingId).extract().asString();
    double added = metric("rollcall_reconciliation_sessions_added_total");
    double changed = metric("rollcall_reconciliation_sessions_changed_total");

    // Redelivered, and read again by a second fetch (the same rows have the same ids).
    play(report(meetingId));
    play(new Scenario(meetingId).reported("c1", CARLA, "Carla", 5, 30, 0).messages());
    assertThat(Projection.attendanceJson(meetingId)).isEqualTo(attendance);

    given().auth().oauth2(Projection.API_KEY).post("/admin/rebuild").then().statusCode(200);

    assertThat(Projection.attendanceJson(meetingId)).isEqualTo(attendance);
    assertThat(instances(meetingId).extract().asString()).isEqualTo(instances);
    assertThat(metric("rollcall_reconciliation_sessions_added_total")).isEqualTo(added);
    assertThat(metric("rollcall_reconciliation_sessions_changed_total")).isEqualTo(changed);
  }

  @Test
  void theReportBeforeTheWebhooksGivesTheSameAttendanceAsAfterThem() {
    String after = "961000000003";
    play(webhooks(after));
    play(report(after));
    String before = "961000000004";
    List<ParticipantMessage> reportFirst = new ArrayList<>(report(before));
    reportFirst.addAll(webhooks(before));
    play(reportFirst);

    assertThat(Projection.attendanceJson(before).replace(before, "MEETING"))
        .isEqualTo(Projection.attendanceJson(after).replace(after, "MEETING"));
  }

  private void play(List<ParticipantMessage> messages) {
    ParticipantsTopic.send(messages);
    Projection.awaitApplied(dataSource, messages);
  }

  private static String person(String ref) {
    return "attendees.find { it.ref == '" + ref + "' }";
  }

  private static ValidatableResponse attendance(String meetingId) {
    return given()
        .auth()
        .oauth2(Projection.API_KEY)
        .get("/meetings/{id}/attendance", meetingId)
        .then()
        .statusCode(200);
  }

  private static ValidatableResponse instances(String meetingId) {
    return given()
        .auth()
        .oauth2(Projection.API_KEY)
        .get("/meetings/{id}/instances", meetingId)
        .then()
        .statusCode(200);
  }

  /** A counter's value in the Prometheus scrape (0 when it has no sample yet). */
  static double metric(String name) {
    String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher m =
        Pattern.compile("^" + name + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$", Pattern.MULTILINE)
            .matcher(scrape);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }
}
