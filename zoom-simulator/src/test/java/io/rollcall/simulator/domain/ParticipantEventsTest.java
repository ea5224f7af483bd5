package io.rollcall.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollcall.simulator.domain.ParticipantEvents.Extra;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Field presence per event type, pinned to the table of ZOOM-FACTS §2.2 written out here. */
class ParticipantEventsTest {

  private static final Map<String, List<String>> ZOOM_FACTS_2_2 =
      Map.ofEntries(
          Map.entry(
              "meeting.participant_joined",
              List.of(
                  "user_id",
                  "user_name",
                  "id",
                  "participant_uuid",
                  "join_time",
                  "email",
                  "registrant_id",
                  "participant_user_id",
                  "customer_key",
                  "phone_number")),
          Map.entry(
              "meeting.participant_left",
              List.of(
                  "user_id",
                  "user_name",
                  "id",
                  "participant_uuid",
                  "leave_time",
                  "leave_reason",
                  "email",
                  "registrant_id",
                  "participant_user_id",
                  "customer_key",
                  "phone_number")),
          Map.entry(
              "meeting.participant_joined_waiting_room",
              List.of(
                  "user_id",
                  "user_name",
                  "id",
                  "participant_uuid",
                  "date_time",
                  "email",
                  "phone_number",
                  "participant_user_id",
                  "customer_key",
                  "registrant_id")),
          Map.entry(
              "meeting.participant_left_waiting_room",
              List.of(
                  "user_id",
                  "user_name",
                  "id",
                  "participant_uuid",
                  "date_time",
                  "email",
                  "phone_number",
                  "participant_user_id",
                  "customer_key",
                  "registrant_id")),
          Map.entry(
              "meeting.participant_put_in_waiting_room",
              List.of(
                  "user_id",
                  "user_name",
                  "id",
                  "participant_uuid",
                  "date_time",
                  "email",
                  "participant_user_id",
                  "customer_key",
                  "registrant_id")),
          Map.entry(
              "meeting.participant_admitted",
              List.of(
                  "user_id",
                  "user_name",
                  "id",
                  "participant_uuid",
                  "date_time",
                  "email",
                  "customer_key",
                  "registrant_id")),
          Map.entry("meeting.participant_jbh_waiting", List.of("id", "user_name", "customer_key")),
          Map.entry(
              "meeting.participant_jbh_waiting_left",
              List.of("id", "user_name", "customer_key", "registrant_id")),
          Map.entry(
              "meeting.participant_jbh_joined",
              List.of("id", "user_name", "customer_key", "registrant_id")),
          Map.entry(
              "meeting.participant_bind",
              List.of(
                  "user_id",
                  "bind_user_id",
                  "user_name",
                  "id",
                  "participant_uuid",
                  "bind_participant_uuid",
                  "join_time",
                  "registrant_id",
                  "phone_number")),
          // Not in §2.2's table: Zoom's breakout participant object (ZoomNet's
          // BreakoutRoomParticipantInfo), the main-session fields plus parent_user_id.
          Map.entry(
              "meeting.participant_joined_breakout_room",
              List.of(
                  "user_id",
                  "parent_user_id",
                  "user_name",
                  "id",
                  "participant_uuid",
                  "join_time",
                  "email",
                  "registrant_id",
                  "participant_user_id",
                  "customer_key",
                  "phone_number")),
          Map.entry(
              "meeting.participant_left_breakout_room",
              List.of(
                  "user_id",
                  "parent_user_id",
                  "user_name",
                  "id",
                  "participant_uuid",
                  "leave_time",
                  "leave_reason",
                  "email",
                  "registrant_id",
                  "participant_user_id",
                  "customer_key",
                  "phone_number")),
          Map.entry(
              "meeting.participant_role_changed",
              List.of(
                  "user_id",
                  "user_name",
                  "email",
                  "registrant_id",
                  "participant_user_id",
                  "participant_uuid",
                  "date_time",
                  "old_role",
                  "new_role")));

  private final ParticipantEvents events = new ParticipantEvents();
  private final Meeting meeting = meeting();
  private final Connection connection =
      new Connection(
          "alice",
          new ParticipantFields("16778240", "UUID-1", "DESKTOP-1", "", "", "reg-1", "", "", false),
          ConnectionStatus.IN_MEETING);

  @Test
  void everyParticipantEventCarriesExactlyTheFieldsOfZoomFacts() {
    assertThat(ParticipantEvents.FIELDS.keySet()).isEqualTo(ZOOM_FACTS_2_2.keySet());
    ZOOM_FACTS_2_2.forEach(
        (event, fields) -> {
          JsonNode participant = participant(event, false);
          assertThat(names(participant)).as(event).containsExactlyInAnyOrderElementsOf(fields);
        });
  }

  @Test
  void roleChangedWithTheQuirkOmitsRegistrantIdEntirely() {
    JsonNode participant = participant(ParticipantEvents.ROLE_CHANGED, true);
    assertThat(participant.has("registrant_id")).isFalse();
    assertThat(participant.get("new_role").asText()).isEqualTo("co-host");
  }

  @Test
  void participantEventsCarryTheMeetingIdAsAStringAndTheEnvelopeShape() {
    ObjectNode body =
        events.participantEvent(
            ParticipantEvents.JOINED,
            meeting,
            "abc==",
            Instant.parse("2026-09-14T15:00:12Z"),
            connection,
            Extra.at(Instant.parse("2026-09-14T15:02:07.450Z")));
    assertThat(names(body)).containsExactly("event", "event_ts", "payload");
    assertThat(body.get("event_ts").asLong()).isEqualTo(1789398127450L);
    assertThat(names(body.get("payload"))).containsExactly("account_id", "object");
    assertThat(body.at("/payload/account_id").asText()).isEqualTo("acct-1");
    JsonNode object = body.at("/payload/object");
    assertThat(object.get("id").isTextual()).isTrue();
    assertThat(object.get("id").asText()).isEqualTo("83011223344");
    assertThat(object.at("/participant/join_time").asText()).isEqualTo("2026-09-14T15:02:07Z");
  }

  @Test
  void jbhWaitingLeftTypesTheMeetingIdAsANumberLikeRivet() {
    JsonNode body =
        events.participantEvent(
            ParticipantEvents.JBH_WAITING_LEFT,
            meeting,
            "abc==",
            Instant.EPOCH,
            connection,
            Extra.at(Instant.EPOCH));
    assertThat(body.at("/payload/object/id").isNumber()).isTrue();
  }

  private JsonNode participant(String event, boolean dropRegistrant) {
    Extra extra = new Extra(Instant.EPOCH, "left", "attendee", "co-host", dropRegistrant);
    return events
        .participantEvent(event, meeting, "abc==", Instant.EPOCH, connection, extra)
        .at("/payload/object/participant");
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Meeting meeting() {
    Meeting m =
        new Meeting(
            83011223344L,
            "abc==",
            "acct-1",
            new ZoomUser("host-1", "host@x.test", "Host", "One", true),
            Instant.EPOCH);
    m.topic("Topic");
    m.type(2);
    m.timezone("UTC");
    m.duration(30);
    m.settings(JsonNodeFactory.instance.objectNode());
    return m;
  }

  @Test
  void aWebinarSendsTheWebinarCounterpartsAndNothingForMeetingOnlyEvents() {
    Meeting webinar = new Meeting(94022334455L, "W1==", "acct-1", null, Instant.EPOCH);
    webinar.webinar(true);
    Meeting meeting = new Meeting(83011223344L, "M1==", "acct-1", null, Instant.EPOCH);

    assertThat(ParticipantEvents.wireName(webinar, ParticipantEvents.JOINED))
        .isEqualTo("webinar.participant_joined");
    assertThat(ParticipantEvents.wireName(webinar, ParticipantEvents.LEFT))
        .isEqualTo("webinar.participant_left");
    assertThat(ParticipantEvents.wireName(webinar, ParticipantEvents.STARTED))
        .isEqualTo("webinar.started");
    assertThat(ParticipantEvents.wireName(webinar, ParticipantEvents.ENDED))
        .isEqualTo("webinar.ended");
    assertThat(ParticipantEvents.wireName(meeting, ParticipantEvents.JOINED))
        .isEqualTo(ParticipantEvents.JOINED);
    assertThat(ParticipantEvents.sends(webinar, ParticipantEvents.JBH_WAITING)).isFalse();
    assertThat(ParticipantEvents.sends(webinar, ParticipantEvents.JOINED_WAITING_ROOM)).isFalse();
    assertThat(ParticipantEvents.sends(meeting, ParticipantEvents.JBH_WAITING)).isTrue();
  }
}
