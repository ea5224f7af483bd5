package io.rollcall.attendance.it;

import static io.restassured.RestAssured.given;
import static io.rollcall.attendance.it.Scenario.invitee;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.rollcall.events.Assignment;
import io.rollcall.events.AssignmentChanged;
import io.rollcall.events.ConnectionCorrected;
import io.rollcall.events.EventJson;
import io.rollcall.events.Flag;
import io.rollcall.events.Identity;
import io.rollcall.events.LinkEvent;
import io.rollcall.events.LinkRole;
import io.rollcall.events.LinkStatus;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.Topics;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An operator's manual correction: accepted as an AssignmentChanged on rollcall.assignments.v1
 * (through the outbox), refused clearly when it names nothing known, and shown in the attendance
 * once identity-service's connection_corrected (method manual) comes back, rebuilds included.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class ManualAssignmentTest {

  private static final String MEETING = "971000000001";
  private static final Scenario LESSON = new Scenario(MEETING, "Ip+" + MEETING + "/x==");
  private static final String IPAD = "u:16779264";
  private static final String PATH =
      "/meetings/{meeting}/instances/{instance}/connections/{connection}/assignment";
  private static final Identity MARIA = invitee("maria");
  private static boolean played;

  @Inject DataSource dataSource;

  /** Maria joined on her laptop; an unresolved "iPad" joined too. Her link, a revoked one. */
  @BeforeEach
  void playOnce() throws Exception {
    if (played) {
      return;
    }
    List<ParticipantMessage> messages =
        LESSON
            .started(0)
            .joined("u:16778240", MARIA, "María López", 1)
            .left("u:16778240", MARIA, "María López", 30)
            .joined(IPAD, Identity.unresolved(), "iPad", 5)
            .left(IPAD, Identity.unresolved(), "iPad", 40)
            .ended(45)
            .messages();
    ParticipantsTopic.send(messages);
    Projection.awaitApplied(dataSource, messages);
    sendLink(link("link-maria", "maria", LinkStatus.ISSUED, LinkRole.INVITEE));
    sendLink(link("link-rolf", "rolf", LinkStatus.REVOKED, LinkRole.INVITEE));
    sendLink(
        link(
            LinkEvent.hostLinkId(MEETING),
            "teacher@example.edu",
            LinkStatus.ISSUED,
            LinkRole.HOST));
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> links() >= 3);
    played = true;
  }

  @Test
  void putAssignsTheConnectionAsAnEventOnTheAssignmentsTopic() {
    String eventId =
        put(IPAD, Map.of("ref", "maria", "reason", "the iPad was María's"))
            .statusCode(202)
            .body("action", equalTo("assigned"))
            .body("ref", equalTo("maria"))
            .body("reason", equalTo("the iPad was María's"))
            .body("assigned_by", equalTo(keyId(Projection.API_KEY)))
            .body("occurred_at", notNullValue())
            .extract()
            .path("event_id");

    AssignmentChanged published = awaitAssignment(eventId);
    assertThat(published.action()).isEqualTo(AssignmentChanged.Action.ASSIGNED);
    assertThat(published.meetingId()).isEqualTo(MEETING);
    assertThat(published.instanceUuid()).isEqualTo(LESSON.instanceUuid);
    assertThat(published.connectionId()).isEqualTo(IPAD);
    assertThat(published.ref()).isEqualTo("maria");
    assertThat(published.reason()).isEqualTo("the iPad was María's");
    assertThat(published.assignedBy())
        .isEqualTo(keyId(Projection.API_KEY))
        .doesNotContain("test-key");
    assertThat(published.occurredAt()).isNotNull();
  }

  @Test
  void theHostMayBeAssignedToo() {
    put(IPAD, Map.of("ref", "teacher@example.edu", "reason", "the teacher's tablet"))
        .statusCode(202);
  }

  @Test
  void unknownConnectionInstanceOrMeetingIs404ProblemJson() {
    put("u:999", Map.of("ref", "maria", "reason", "r"))
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("u:999"));
    authorized()
        .contentType("application/json")
        .body(Map.of("ref", "maria", "reason", "r"))
        .put(PATH, MEETING, "No+such/instance==", IPAD)
        .then()
        .statusCode(404);
    authorized()
        .contentType("application/json")
        .body(Map.of("ref", "maria", "reason", "r"))
        .put(PATH, "971999999999", LESSON.instanceUuid, IPAD)
        .then()
        .statusCode(404);
    authorized().delete(PATH, MEETING, LESSON.instanceUuid, "u:999").then().statusCode(404);
  }

  @Test
  void aRefWithoutAnIssuedLinkOfTheMeetingIs422() {
    put(IPAD, Map.of("ref", "nobody", "reason", "r"))
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", containsString("nobody"));
    put(IPAD, Map.of("ref", "rolf", "reason", "his link was revoked")).statusCode(422);
  }

  @Test
  void aMissingOrBlankReasonOrRefIs422WithAClearDetail() {
    put(IPAD, Map.of("ref", "maria"))
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", containsString("reason is required"));
    put(IPAD, Map.of("ref", "maria", "reason", "  ")).statusCode(422);
    put(IPAD, Map.of("reason", "r")).statusCode(422).body("detail", containsString("ref"));
    authorized()
        .contentType("application/json")
        .put(PATH, MEETING, LESSON.instanceUuid, IPAD)
        .then()
        .statusCode(422);
  }

  @Test
  void withoutAnApiKeyIs401() {
    given()
        .contentType("application/json")
        .body(Map.of("ref", "maria", "reason", "r"))
        .put(PATH, MEETING, LESSON.instanceUuid, IPAD)
        .then()
        .statusCode(401);
    given().delete(PATH, MEETING, LESSON.instanceUuid, IPAD).then().statusCode(401);
  }

  @Test
  void deleteWithdrawsWithOrWithoutAReason() {
    String withReason =
        authorized()
            .contentType("application/json")
            .body(Map.of("reason", "wrong student"))
            .delete(PATH, MEETING, LESSON.instanceUuid, IPAD)
            .then()
            .statusCode(202)
            .body("action", equalTo("withdrawn"))
            .body("ref", nullValue())
            .body("reason", equalTo("wrong student"))
            .body("assigned_by", equalTo(keyId(Projection.API_KEY)))
            .extract()
            .path("event_id");
    AssignmentChanged published = awaitAssignment(withReason);
    assertThat(published.action()).isEqualTo(AssignmentChanged.Action.WITHDRAWN);
    assertThat(published.ref()).isNull();
    assertThat(published.reason()).isEqualTo("wrong student");

    String withoutReason =
        authorized()
            .delete(PATH, MEETING, LESSON.instanceUuid, IPAD)
            .then()
            .statusCode(202)
            .body("reason", nullValue())
            .extract()
            .path("event_id");
    assertThat(awaitAssignment(withoutReason).action())
        .isEqualTo(AssignmentChanged.Action.WITHDRAWN);
  }

  @Test
  void identitysManualCorrectionShowsTheAssignmentAndSurvivesARebuild() {
    Instant assignedAt = Instant.parse("2026-09-15T08:30:00Z");
    Identity manual =
        MARIA.assigned(
            new Assignment(
                keyId(Projection.API_KEY),
                "the iPad was María's",
                assignedAt,
                Identity.unresolved()));
    List<ParticipantMessage> correction =
        List.of(
            new ConnectionCorrected(
                1,
                "cc:" + LESSON.instanceUuid + ":" + IPAD + ":2",
                MEETING,
                LESSON.instanceUuid,
                IPAD,
                manual,
                List.of(Flag.UNINVITED),
                2,
                "manual assignment by " + keyId(Projection.API_KEY),
                assignedAt.plusMillis(412),
                null));
    ParticipantsTopic.send(correction);
    Projection.awaitApplied(dataSource, correction);

    String maria = "attendees.find { it.ref == 'maria' }";
    attendance()
        .body("attendees", hasSize(1))
        .body(maria + ".resolution.method", equalTo("manual"))
        .body(maria + ".resolution.confidence", equalTo("exact"))
        .body(maria + ".resolution.assignment.assigned_by", equalTo(keyId(Projection.API_KEY)))
        .body(maria + ".resolution.assignment.reason", equalTo("the iPad was María's"))
        .body(maria + ".resolution.assignment.assigned_at", equalTo("2026-09-15T08:30:00Z"))
        .body(maria + ".resolution.assignment.evidence.ref", nullValue())
        .body(maria + ".resolution.assignment.evidence.method", equalTo("none"))
        .body(maria + ".resolution.assignment.evidence.confidence", equalTo("none"))
        .body(maria + ".sessions.connection_id", org.hamcrest.Matchers.contains("u:16778240", IPAD))
        .body(maria + ".attended_seconds", equalTo(39 * 60));
    String before = attendance().extract().asString();

    given().auth().oauth2(Projection.API_KEY).post("/admin/rebuild").then().statusCode(200);

    assertThat(attendance().extract().asString()).isEqualTo(before);
  }

  @Test
  void anUnreadableLinkEventIsDeadLetteredAndTheRegistryKeepsGoing() {
    String key = "link-broken-" + MEETING;
    ParticipantsTopic.sendRaw(Topics.LINKS, key, "{\"link_id\":".getBytes(StandardCharsets.UTF_8));
    ConsumerRecord<String, byte[]> dead =
        ParticipantsTopic.awaitRecord(Topics.ATTENDANCE_DEAD_LETTER, r -> key.equals(r.key()));
    assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), UTF_8))
        .contains("LinkEvent");

    sendLink(link("link-lea", "lea", LinkStatus.ISSUED, LinkRole.INVITEE));
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> put(IPAD, Map.of("ref", "lea", "reason", "r")).statusCode(202));
  }

  private ValidatableResponse put(String connection, Map<String, String> body) {
    return authorized()
        .contentType("application/json")
        .body(body)
        .put(PATH, MEETING, LESSON.instanceUuid, connection)
        .then();
  }

  private static ValidatableResponse attendance() {
    return authorized()
        .queryParam("instance", LESSON.instanceUuid)
        .get("/meetings/{id}/attendance", MEETING)
        .then()
        .statusCode(200);
  }

  private static RequestSpecification authorized() {
    return given().auth().oauth2(Projection.API_KEY);
  }

  private static AssignmentChanged awaitAssignment(String eventId) {
    ConsumerRecord<String, byte[]> record =
        ParticipantsTopic.awaitRecord(
            Topics.ASSIGNMENTS,
            r -> EventJson.decode(r.value(), AssignmentChanged.class).eventId().equals(eventId));
    AssignmentChanged change = EventJson.decode(record.value(), AssignmentChanged.class);
    assertThat(record.key()).isEqualTo(change.instanceUuid());
    return change;
  }

  private static LinkEvent link(String linkId, String ref, LinkStatus status, LinkRole role) {
    return new LinkEvent(
        1,
        "le:" + linkId + ":" + status,
        linkId,
        status,
        role,
        MEETING,
        ref,
        role == LinkRole.HOST ? null : "reg-" + ref,
        null,
        null,
        ref + "@example.edu",
        "First " + ref,
        "Last",
        null,
        null,
        Instant.parse("2026-09-01T10:00:00Z"));
  }

  private static void sendLink(LinkEvent link) {
    ParticipantsTopic.sendRaw(Topics.LINKS, link.linkId(), EventJson.encode(link));
  }

  private int links() throws Exception {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement =
            db.prepareStatement("SELECT count(*) FROM invitee_link WHERE meeting_id = ?")) {
      statement.setString(1, MEETING);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /** {@code key:} + the first 12 hex digits of the key's SHA-256 (docs/events.md). */
  static String keyId(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "key:" + HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
