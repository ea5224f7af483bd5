package io.rollcall.simulator.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.simulator.rest.TestReceiver.Received;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** People joining, leaving and rejoining produce Zoom's events with Zoom's quirks. */
@QuarkusTest
class LiveMeetingTest {

  @BeforeEach
  void sendToReceiver() {
    Sim.sendWebhooksToTestReceiver();
    TestReceiver.clear();
  }

  @Test
  void rejoinThroughTheSameLinkChangesUserIdButKeepsRegistrantId() {
    String meetingId = ZoomClient.createRegistrationMeeting();
    String tkLink =
        ZoomClient.register(meetingId, "alice@acme.test", "Alice").extract().path("join_url");
    Sim.join(meetingId, Map.of("person", "host", "via", "start_url"));
    Sim.join(meetingId, Map.of("person", "alice", "via", "registrant_link", "join_url", tkLink))
        .statusCode(200)
        .body("registrant_id", org.hamcrest.Matchers.not(equalTo("")));
    Sim.act(meetingId, "alice", "rejoin", Map.of()).statusCode(200);

    List<Received> events = awaitEvents(meetingId, 5);
    List<JsonNode> aliceJoins = participants(events, "meeting.participant_joined").subList(1, 3);
    assertThat(aliceJoins.get(0).path("user_id").asText())
        .isNotEqualTo(aliceJoins.get(1).path("user_id").asText());
    assertThat(aliceJoins.get(0).path("participant_uuid").asText())
        .isNotEqualTo(aliceJoins.get(1).path("participant_uuid").asText());
    assertThat(aliceJoins).extracting(p -> p.path("registrant_id").asText()).doesNotContain("");
    JsonNode left = participants(events, "meeting.participant_left").get(0);
    assertThat(left.path("user_id").asText()).isEqualTo(aliceJoins.get(0).path("user_id").asText());
    assertThat(left.path("leave_reason").asText()).contains("got disconnected");
  }

  @Test
  void signedOutInviteeJoinsBeforeTheHostAndIsHeldUntilTheHostStarts() {
    String meetingId = ZoomClient.createRegistrationMeeting();
    ZoomClient.register(meetingId, "ann@acme.test", "Ann");
    Sim.join(
            meetingId,
            Map.of(
                "person",
                "ann",
                "via",
                "registrant_link",
                "registrant_email",
                "ann@acme.test",
                "user_name",
                "user"))
        .statusCode(200)
        .body("status", equalTo("jbh_waiting"));
    Sim.join(meetingId, Map.of("person", "host", "via", "start_url")).statusCode(200);

    List<Received> events = awaitEvents(meetingId, 4);
    assertThat(events)
        .extracting(Received::event)
        .containsExactly(
            "meeting.participant_jbh_waiting",
            "meeting.started",
            "meeting.participant_joined",
            "meeting.participant_joined");
    JsonNode ann = events.get(3).participant();
    assertThat(ann.path("user_name").asText()).isEqualTo("user");
    assertThat(ann.path("id").asText()).isEmpty();
    assertThat(ann.path("participant_user_id").asText()).isEmpty();
    assertThat(ann.path("email").asText()).isEmpty();
    assertThat(ann.path("registrant_id").asText()).isNotEmpty();
  }

  @Test
  void roleChangeOmitsRegistrantIdAsZoomDoes() {
    String meetingId =
        ZoomClient.createMeeting(
            "host@acme.test", Map.of("approval_type", 0, "join_before_host", true));
    ZoomClient.register(meetingId, "rita@acme.test", "Rita");
    Sim.join(
        meetingId,
        Map.of("person", "rita", "via", "registrant_link", "registrant_email", "rita@acme.test"));
    Sim.act(meetingId, "rita", "role", Map.of("new_role", "co-host")).statusCode(200);

    List<Received> events = awaitEvents(meetingId, 4);
    assertThat(events.get(1).event()).isEqualTo("meeting.participant_jbh_joined");
    JsonNode changed = participants(events, "meeting.participant_role_changed").get(0);
    assertThat(changed.has("registrant_id")).isFalse();
    assertThat(changed.path("old_role").asText()).isEqualTo("attendee");
    assertThat(changed.path("new_role").asText()).isEqualTo("co-host");
  }

  @Test
  void lateLeftQuirkDeliversTheLeftAfterTheRejoinJoined() {
    String meetingId = ZoomClient.createRegistrationMeeting();
    Sim.quirks(meetingId, Map.of("late_left_on_rejoin", true));
    Sim.join(meetingId, Map.of("person", "host", "via", "start_url"));
    Sim.join(meetingId, Map.of("person", "gus", "via", "guest", "user_name", "Gus"));
    Sim.act(meetingId, "gus", "leave", Map.of("reason", "disconnected"));
    Sim.act(meetingId, "gus", "rejoin", Map.of("via", "phone", "phone_number", "+4930555"));

    List<Received> events = awaitEvents(meetingId, 5);
    assertThat(events.subList(2, 5))
        .as(events.stream().map(e -> e.event() + " " + e.body().length()).toList().toString())
        .extracting(Received::event)
        .containsExactly(
            "meeting.participant_joined", "meeting.participant_joined", "meeting.participant_left");
    assertThat(events.get(3).participant().path("phone_number").asText()).isEqualTo("+4930555");
    assertThat(events.get(4).participant().path("user_id").asText())
        .isEqualTo(events.get(2).participant().path("user_id").asText());
  }

  @Test
  void waitingRoomGuestIsAdmittedThenJoinsWithTheSameUserId() {
    String meetingId =
        ZoomClient.createMeeting(
            "host@acme.test", Map.of("approval_type", 0, "waiting_room", true));
    Sim.join(meetingId, Map.of("person", "host", "via", "start_url"));
    Sim.join(
            meetingId,
            Map.of("person", "wes", "via", "zoom_user", "signed_in_as", "wes@other.test"))
        .body("status", equalTo("waiting_room"));
    Sim.act(meetingId, "wes", "admit", Map.of()).statusCode(200);

    List<Received> events = awaitEvents(meetingId, 5);
    assertThat(events.subList(2, 5))
        .as(events.stream().map(e -> e.event() + " " + e.body().length()).toList().toString())
        .extracting(Received::event)
        .containsExactly(
            "meeting.participant_joined_waiting_room",
            "meeting.participant_admitted",
            "meeting.participant_joined");
    JsonNode joined = events.get(4).participant();
    assertThat(joined.path("user_id").asText())
        .isEqualTo(events.get(2).participant().path("user_id").asText());
    assertThat(joined.path("id").asText()).isNotEmpty();
    assertThat(joined.path("email").asText()).as("external user's email is hidden").isEmpty();
  }

  @Test
  void sdkJoinCarriesTheCustomerKeyAndEndSendsLeftForEveryoneThenEnded() {
    String meetingId = ZoomClient.createRegistrationMeeting();
    Sim.join(meetingId, Map.of("person", "host", "via", "start_url"));
    Sim.join(
        meetingId,
        Map.of("person", "kim", "via", "sdk", "customer_key", "inv-42", "user_name", "Kim"));
    Sim.end(meetingId).statusCode(200).body("status", equalTo("ended"));

    List<Received> events = awaitEvents(meetingId, 6);
    assertThat(events.get(2).participant().path("customer_key").asText()).isEqualTo("inv-42");
    assertThat(events.subList(3, 6))
        .extracting(Received::event)
        .containsExactly("meeting.participant_left", "meeting.participant_left", "meeting.ended");
    assertThat(events.get(3).participant().path("leave_reason").asText())
        .contains("Host ended the meeting.");
    assertThat(events.get(5).json().at("/payload/object/end_time").asText()).isNotEmpty();
  }

  private static List<Received> awaitEvents(String meetingId, int count) {
    return TestReceiver.awaitCount(meetingId, count);
  }

  private static List<JsonNode> participants(List<Received> events, String event) {
    return events.stream().filter(e -> e.event().equals(event)).map(Received::participant).toList();
  }
}
