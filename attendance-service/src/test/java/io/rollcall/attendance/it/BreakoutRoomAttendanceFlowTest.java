package io.rollcall.attendance.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.events.Confidence;
import io.rollcall.events.Identity;
import io.rollcall.events.LinkRole;
import io.rollcall.events.MeetingEnded;
import io.rollcall.events.MeetingStarted;
import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.ResolutionMethod;
import io.rollcall.events.ZoomParticipant;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 through attendance-service: Ana's participant events as identity-service publishes them
 * for raw webhooks of a breakout-room move (identity's {@code BreakoutFlowTest} proves that part),
 * then the attendance answer in JSON and CSV. Times in seconds from the start.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class BreakoutRoomAttendanceFlowTest {
  private static final Instant T0 = Instant.parse("2026-09-14T15:00:00Z");
  private static final String ROOM = "FkQbpP2UR028mDrwzEahqw==";
  private static final Identity ANA =
      new Identity(
          "ana",
          LinkRole.INVITEE,
          "Ana Silva",
          "ana@example.edu",
          ResolutionMethod.REGISTRANT,
          Confidence.EXACT);

  @Inject DataSource dataSource;

  @Test
  void anaThroughABreakoutRoom_attends2386SecondsAsOnePerson() {
    Instance meeting = ana("930000001401");

    authorized()
        .get("/meetings/{id}/attendance", meeting.meetingId)
        .then()
        .statusCode(200)
        .body("attendees", hasSize(1))
        .body("attendees[0].ref", equalTo("ana"))
        .body("attendees[0].resolution.method", equalTo("registrant"))
        .body("attendees[0].attended_seconds", equalTo(2386))
        .body("attendees[0].flags", hasSize(0))
        .body("attendees[0].sessions", hasSize(3));
    authorized()
        .accept("text/csv")
        .get("/meetings/{id}/attendance", meeting.meetingId)
        .then()
        .statusCode(200)
        .body(containsString(",registrant,exact,2386,"));
  }

  @Test
  void anaThroughABreakoutRoom_showsHerTimePerRoom() {
    Instance meeting = ana("930000001403");

    authorized()
        .get("/meetings/{id}/attendance", meeting.meetingId)
        .then()
        .statusCode(200)
        .body("attendees[0].attended_seconds", equalTo(2386))
        .body("attendees[0].sessions.breakout_room_uuid", contains(null, ROOM, null))
        .body("attendees[0].rooms.room", contains("main", "breakout"))
        .body("attendees[0].rooms.breakout_room_uuid", contains(null, ROOM))
        .body("attendees[0].rooms.attended_seconds", contains(1188, 1198));
    authorized()
        .accept("text/csv")
        .get("/meetings/{id}/attendance", meeting.meetingId)
        .then()
        .statusCode(200)
        .body(containsString(",main:1188;" + ROOM + ":1198"));
  }

  /**
   * Ana: main 10–600 (left for a breakout room), room 602–1800 (parent = the main connection), main
   * again 1802–2400, meeting ended 2410; played and applied.
   */
  private Instance ana(String meetingId) {
    Instance meeting = new Instance(meetingId);
    meeting.started(0);
    meeting.event("u:1001", ParticipantAction.JOINED, 10, null, null, null);
    meeting.event("u:1001", ParticipantAction.LEFT, 600, "Join breakout room.", null, null);
    meeting.event("u:1002", ParticipantAction.JOINED, 602, null, "1001", ROOM);
    meeting.event("u:1002", ParticipantAction.LEFT, 1800, "left the breakout room.", "1001", ROOM);
    meeting.event("u:1003", ParticipantAction.JOINED, 1802, null, null, null);
    meeting.event("u:1003", ParticipantAction.LEFT, 2400, "left the meeting.", null, null);
    meeting.ended(2410);
    ParticipantsTopic.send(meeting.messages);
    Projection.awaitApplied(dataSource, meeting.messages);
    return meeting;
  }

  @Test
  void aPhoneLegBoundToTheComputer_isNotCountedTwice() {
    Instance meeting = new Instance("930000001402");
    meeting.started(0);
    meeting.event("u:2001", ParticipantAction.JOINED, 60, null, null, null);
    meeting.event("u:2002", ParticipantAction.JOINED, 120, null, null, null);
    meeting.event("u:2002", ParticipantAction.BIND, 121, null, null, null);
    meeting.event("u:2002", ParticipantAction.LEFT, 900, "left the meeting.", null, null);
    meeting.event("u:2001", ParticipantAction.LEFT, 1200, "left the meeting.", null, null);
    meeting.ended(1300);
    ParticipantsTopic.send(meeting.messages);
    Projection.awaitApplied(dataSource, meeting.messages);

    authorized()
        .get("/meetings/{id}/attendance", meeting.meetingId)
        .then()
        .statusCode(200)
        .body("attendees", hasSize(1))
        .body("attendees[0].ref", equalTo("ana"))
        .body("attendees[0].attended_seconds", equalTo(1140))
        .body("attendees[0].flags", hasSize(0))
        .body("attendees[0].sessions", hasSize(2));
  }

  /** One instance's messages, Ana's connections resolved by registrant as identity publishes. */
  private static final class Instance {
    final String meetingId;
    final String instanceUuid;
    final List<ParticipantMessage> messages = new ArrayList<>();

    Instance(String meetingId) {
      this.meetingId = meetingId;
      this.instanceUuid = "Br+" + meetingId + "/k==";
    }

    void started(int second) {
      messages.add(
          new MeetingStarted(
              1, "ms:" + instanceUuid, meetingId, instanceUuid, "Topic", "host-1", at(second)));
    }

    void ended(int second) {
      messages.add(
          new MeetingEnded(
              1,
              "me:" + instanceUuid,
              meetingId,
              instanceUuid,
              "Topic",
              "host-1",
              at(0),
              at(second)));
    }

    void event(
        String connection,
        ParticipantAction action,
        int second,
        String reason,
        String parentUserId,
        String room) {
      String zoomEvent =
          room == null
              ? action.zoomEvent()
              : action == ParticipantAction.JOINED
                  ? "meeting.participant_joined_breakout_room"
                  : "meeting.participant_left_breakout_room";
      String id = "pe:" + instanceUuid + ":" + connection + ":" + action + ":" + second;
      ZoomParticipant p =
          new ZoomParticipant(
              connection.substring(2),
              null,
              "Ana Silva",
              null,
              null,
              room == null ? "REG-ANA" : null,
              null,
              null,
              parentUserId,
              room,
              null,
              null);
      messages.add(
          new ParticipantEvent(
              1,
              id,
              id,
              meetingId,
              instanceUuid,
              zoomEvent,
              action,
              at(second),
              connection,
              p,
              reason == null ? null : "Ana Silva left the meeting.<br>Reason: " + reason,
              null,
              null,
              ANA,
              List.of(),
              1));
    }

    private static Instant at(int second) {
      return T0.plusSeconds(second);
    }
  }

  private static io.restassured.specification.RequestSpecification authorized() {
    return given().auth().oauth2(Projection.API_KEY);
  }
}
