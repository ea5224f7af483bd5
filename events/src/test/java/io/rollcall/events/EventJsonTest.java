package io.rollcall.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EventJsonTest {

  @Test
  void unknownFieldsFromANewerProducerAreIgnored() {
    String json =
        "{\"type\":\"meeting_started\",\"schema_version\":1,\"event_id\":\"e\",\"meeting_id\":\"1\","
            + "\"instance_uuid\":\"u\",\"occurred_at\":\"2026-01-01T00:00:00Z\",\"new_field\":42}";
    ParticipantMessage message =
        EventJson.decode(json.getBytes(StandardCharsets.UTF_8), ParticipantMessage.class);
    assertThat(message).isInstanceOf(MeetingStarted.class);
    assertThat(message.instanceUuid()).isEqualTo("u");
  }

  @Test
  void aParticipantEventWithoutTheRoomFieldsIsInTheMainSession() {
    ParticipantEvent event = (ParticipantEvent) decode(participantEvent("{\"user_id\":\"1\"}", ""));
    assertThat(event.breakoutRoomUuid()).isNull();
    assertThat(event.participant().parentUserId()).isNull();
    assertThat(event.participant().bindUserId()).isNull();
  }

  @Test
  void aParticipantEventWithoutItsOwnRoomTakesTheParticipantsRoom() throws Exception {
    ParticipantEvent event =
        (ParticipantEvent)
            decode(
                participantEvent(
                    "{\"user_id\":\"2\",\"parent_user_id\":\"1\",\"breakout_room_uuid\":\"R==\"}",
                    ""));
    assertThat(event.breakoutRoomUuid()).isEqualTo("R==");
    assertThat(event.participant().parentUserId()).isEqualTo("1");
    assertThat(
            EventJson.mapper()
                .readTree(EventJson.encode(event))
                .path("breakout_room_uuid")
                .asText())
        .isEqualTo("R==");
  }

  private static ParticipantMessage decode(String json) {
    return EventJson.decode(json.getBytes(StandardCharsets.UTF_8), ParticipantMessage.class);
  }

  private static String participantEvent(String participant, String extra) {
    return "{\"type\":\"participant_event\",\"schema_version\":1,\"event_id\":\"pe:1\","
        + "\"meeting_id\":\"1\",\"instance_uuid\":\"u\",\"action\":\"joined\","
        + "\"occurred_at\":\"2026-01-01T00:00:00Z\",\"connection_id\":\"u:1\","
        + "\"participant\":"
        + participant
        + extra
        + ",\"flags\":[],\"revision\":1}";
  }

  @Test
  void garbageIsAMalformedEventWithAReason() {
    assertThatThrownBy(
            () -> EventJson.decode("not json".getBytes(StandardCharsets.UTF_8), LinkEvent.class))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("LinkEvent");
  }

  @Test
  void unknownMessageTypeIsMalformed() {
    assertThatThrownBy(
            () ->
                EventJson.decode(
                    "{\"type\":\"nope\"}".getBytes(StandardCharsets.UTF_8),
                    ParticipantMessage.class))
        .isInstanceOf(MalformedEventException.class);
  }

  @Test
  void rawEnvelopeKeyFallsBackToMeetingIdThenEvent() {
    assertThat(RawWebhookEnvelope.partitionKey("uuid==", "1", "e")).isEqualTo("uuid==");
    assertThat(RawWebhookEnvelope.partitionKey("", "1", "e")).isEqualTo("meeting:1");
    assertThat(RawWebhookEnvelope.partitionKey(null, null, "app.deauthorized"))
        .isEqualTo("event:app.deauthorized");
  }

  @Test
  void ladderOrderIsStrongestFirst() {
    assertThat(ResolutionMethod.REGISTRANT.strongerThan(ResolutionMethod.CUSTOMER_KEY)).isTrue();
    assertThat(ResolutionMethod.NAME.strongerThan(ResolutionMethod.EMAIL)).isFalse();
    assertThat(ResolutionMethod.EMAIL.confidence()).isEqualTo(Confidence.STRONG);
  }

  @Test
  void topicNamesComeFromTheSharedConfiguration() {
    assertThat(Topics.contract())
        .containsExactly(
            "zoom.webhooks.raw.v1",
            "rollcall.links.v1",
            "rollcall.participants.v1",
            "rollcall.attendance.v1");
  }
}
