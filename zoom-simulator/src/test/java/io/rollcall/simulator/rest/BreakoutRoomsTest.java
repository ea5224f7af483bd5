package io.rollcall.simulator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.rollcall.simulator.rest.TestReceiver.Received;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Breakout rooms and phone legs: open, assign, move main↔room and room↔room, close, bind; each
 * emits Zoom's events, with and without registrant ids in the rooms.
 */
@QuarkusTest
class BreakoutRoomsTest {

  @BeforeEach
  void sendToReceiver() {
    Sim.sendWebhooksToTestReceiver();
    TestReceiver.clear();
  }

  @Test
  void movingIntoARoomEndsTheMainConnectionAndOpensOneInTheRoomUnderItsParent() {
    String meetingId = meetingWithAna(Map.of("drop_ids_in_breakout_rooms", false));
    String room1 = open(meetingId, "Room 1", "Room 2").get("Room 1");

    Sim.act(meetingId, "ana", "move", Map.of("room", "Room 1"))
        .statusCode(200)
        .body("breakout_room_uuid", equalTo(room1));

    List<Received> events = TestReceiver.awaitCount(meetingId, 4);
    assertThat(events)
        .extracting(Received::event)
        .containsExactly(
            "meeting.started",
            "meeting.participant_joined",
            "meeting.participant_left",
            "meeting.participant_joined_breakout_room");
    JsonNode main = events.get(1).participant();
    JsonNode left = events.get(2).participant();
    JsonNode room = events.get(3).participant();
    assertThat(left.path("user_id").asText()).isEqualTo(main.path("user_id").asText());
    assertThat(left.path("leave_reason").asText()).endsWith("Reason: Join breakout room.");
    assertThat(room.path("user_id").asText()).isNotEqualTo(main.path("user_id").asText());
    assertThat(room.path("parent_user_id").asText()).isEqualTo(main.path("user_id").asText());
    assertThat(room.path("participant_uuid").asText())
        .isEqualTo(main.path("participant_uuid").asText());
    assertThat(room.path("registrant_id").asText()).isEqualTo(main.path("registrant_id").asText());
    assertThat(events.get(3).json().at("/payload/object/breakout_room_uuid").asText())
        .isEqualTo(room1);
    assertThat(events.get(3).json().at("/payload/object/uuid").asText())
        .isEqualTo(events.get(1).json().at("/payload/object/uuid").asText());
  }

  @Test
  void withTheQuirkRoomEventsCarryNoRegistrantIdNorParticipantUuid() {
    String meetingId = meetingWithAna(Map.of("drop_ids_in_breakout_rooms", true));
    open(meetingId, "Room 1");
    Sim.act(meetingId, "ana", "move", Map.of("room", "Room 1")).statusCode(200);

    JsonNode room = TestReceiver.awaitCount(meetingId, 4).get(3).participant();
    assertThat(room.has("registrant_id")).isFalse();
    assertThat(room.path("participant_uuid").asText()).isEmpty();
    assertThat(room.path("parent_user_id").asText()).isNotEmpty();
  }

  @Test
  void roomToRoomKeepsTheParentAndClosingBringsEveryoneBackToMain() {
    String meetingId = meetingWithAna(Map.of("drop_ids_in_breakout_rooms", false));
    Map<String, String> rooms = open(meetingId, "Room 1", "Room 2");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("assignments", Map.of("ana", "Room 1")))
        .post("/sim/meetings/" + meetingId + "/breakout-rooms/assign")
        .then()
        .statusCode(200);
    Sim.act(meetingId, "ana", "move", Map.of("room", "Room 2")).statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/sim/meetings/" + meetingId + "/breakout-rooms/close")
        .then()
        .statusCode(200);

    List<Received> events = TestReceiver.awaitCount(meetingId, 8);
    assertThat(events.subList(3, 8))
        .extracting(Received::event)
        .containsExactly(
            "meeting.participant_joined_breakout_room",
            "meeting.participant_left_breakout_room",
            "meeting.participant_joined_breakout_room",
            "meeting.participant_left_breakout_room",
            "meeting.participant_joined");
    String mainUserId = events.get(1).participant().path("user_id").asText();
    assertThat(events.get(5).participant().path("parent_user_id").asText()).isEqualTo(mainUserId);
    assertThat(events.get(5).json().at("/payload/object/breakout_room_uuid").asText())
        .isEqualTo(rooms.get("Room 2"));
    assertThat(events.get(4).participant().path("leave_reason").asText())
        .endsWith("Reason: Leave breakout room.");
    JsonNode back = events.get(7).participant();
    assertThat(back.path("user_id").asText())
        .isNotIn(mainUserId, events.get(5).participant().path("user_id").asText());
    assertThat(back.has("parent_user_id")).isFalse();
  }

  @Test
  void endingTheMeetingClosesRoomConnectionsWithTheHostEndedReason() {
    String meetingId = meetingWithAna(Map.of());
    open(meetingId, "Room 1");
    Sim.act(meetingId, "ana", "move", Map.of("room", "Room 1")).statusCode(200);
    Sim.end(meetingId).statusCode(200);

    List<Received> events = TestReceiver.awaitCount(meetingId, 6);
    assertThat(events.subList(4, 6))
        .extracting(Received::event)
        .containsExactly("meeting.participant_left_breakout_room", "meeting.ended");
    assertThat(events.get(4).participant().path("leave_reason").asText())
        .endsWith("Host ended the meeting.");
  }

  @Test
  void aPhoneLegJoinsWithoutRegistrantIdAndIsBoundToTheComputer() {
    String meetingId = meetingWithAna(Map.of());
    Sim.act(meetingId, "ana", "phone", Map.of("phone_number", "+15550100223"))
        .statusCode(200)
        .body("person", equalTo("ana-phone"));

    List<Received> events = TestReceiver.awaitCount(meetingId, 4);
    assertThat(events.subList(2, 4))
        .extracting(Received::event)
        .containsExactly("meeting.participant_joined", "meeting.participant_bind");
    JsonNode computer = events.get(1).participant();
    JsonNode leg = events.get(2).participant();
    JsonNode bind = events.get(3).participant();
    assertThat(leg.path("registrant_id").asText()).isEmpty();
    assertThat(leg.path("phone_number").asText()).isEqualTo("+15550100223");
    assertThat(bind.path("user_id").asText()).isEqualTo(leg.path("user_id").asText());
    assertThat(bind.path("bind_user_id").asText()).isEqualTo(computer.path("user_id").asText());
    assertThat(bind.path("bind_participant_uuid").asText())
        .isEqualTo(computer.path("participant_uuid").asText());
    assertThat(bind.path("join_time").asText()).isNotEmpty();

    Sim.act(meetingId, "ana-phone", "leave", Map.of()).statusCode(200);
    assertThat(TestReceiver.awaitCount(meetingId, 5).get(4).participant().path("user_id").asText())
        .isEqualTo(leg.path("user_id").asText());
  }

  @Test
  void movingToARoomThatIsNotOpenIsAConflictOfTheCaller() {
    String meetingId = meetingWithAna(Map.of());
    Sim.act(meetingId, "ana", "move", Map.of("room", "Nowhere")).statusCode(404);
  }

  /** A started meeting (no waiting room) where Ana joined through her registrant link. */
  private static String meetingWithAna(Map<String, Object> quirks) {
    String meetingId = ZoomClient.createRegistrationMeeting();
    Sim.quirks(meetingId, quirks);
    ZoomClient.register(meetingId, "ana@acme.test", "Ana");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/sim/meetings/" + meetingId + "/start")
        .then()
        .statusCode(200);
    Sim.join(
            meetingId,
            Map.of("person", "ana", "via", "registrant_link", "registrant_email", "ana@acme.test"))
        .statusCode(200)
        .body("status", equalTo("in_meeting"));
    return meetingId;
  }

  private static Map<String, String> open(String meetingId, String... rooms) {
    ValidatableResponse response =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("rooms", List.of(rooms)))
            .post("/sim/meetings/" + meetingId + "/breakout-rooms")
            .then()
            .statusCode(200);
    return response.extract().jsonPath().getMap("");
  }
}
