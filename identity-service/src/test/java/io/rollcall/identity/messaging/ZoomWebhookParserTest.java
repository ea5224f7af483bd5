package io.rollcall.identity.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rollcall.events.MalformedEventException;
import io.rollcall.events.ParticipantAction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ZoomWebhookParserTest {

  static String sample(String name) {
    try (InputStream in = ZoomWebhookParserTest.class.getResourceAsStream("/zoom/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void sampleJoinedOfASignedOutDesktopUserWithRegistrantLink() {
    var change =
        (ZoomWebhook.ParticipantChange) ZoomWebhookParser.parse(sample("participant_joined.json"));
    assertThat(change.action()).isEqualTo(ParticipantAction.JOINED);
    assertThat(change.meetingId()).isEqualTo("83011223344");
    assertThat(change.instanceUuid()).isEqualTo("rT7xQb+4S3q0m/1Zc9Lw2A==");
    assertThat(change.occurredAt()).isEqualTo(Instant.parse("2026-09-14T15:02:07Z"));
    assertThat(change.participant().userId()).isEqualTo("16785408");
    assertThat(change.participant().registrantId()).isEqualTo("Rg5ynthXk2-Jq8vN0pLw3A");
    assertThat(change.participant().zoomUserId()).isNull();
    assertThat(change.participant().email()).isNull();
    assertThat(change.participant().customerKey()).isNull();
  }

  @Test
  void sampleLeftCarriesLeaveTimeAndReason() {
    var change =
        (ZoomWebhook.ParticipantChange) ZoomWebhookParser.parse(sample("participant_left.json"));
    assertThat(change.action()).isEqualTo(ParticipantAction.LEFT);
    assertThat(change.occurredAt()).isEqualTo(Instant.parse("2026-09-14T15:31:10Z"));
    assertThat(change.leaveReason()).contains("left the meeting");
  }

  @Test
  void participantUserIdIsPreferredOverIdAndNumericMeetingIdsAreText() {
    var change =
        (ZoomWebhook.ParticipantChange)
            ZoomWebhookParser.parse(
                "{\"event\":\"meeting.participant_jbh_waiting\",\"event_ts\":1789402330512,"
                    + "\"payload\":{\"object\":{\"id\":83011223344,\"uuid\":\"U1\","
                    + "\"participant\":{\"id\":\"ZID\",\"user_name\":\"Ann\"}}}}");
    assertThat(change.meetingId()).isEqualTo("83011223344");
    assertThat(change.participant().zoomUserId()).isEqualTo("ZID");
    assertThat(change.occurredAt()).isEqualTo(Instant.ofEpochMilli(1789402330512L));
  }

  @Test
  void otherEventsAreNotParticipantEvents() {
    assertThat(ZoomWebhookParser.parse("{\"event\":\"recording.completed\",\"payload\":{}}"))
        .isInstanceOf(ZoomWebhook.Other.class);
  }

  @Test
  void lifecycleEventsAreRead() {
    var ended =
        (ZoomWebhook.Lifecycle)
            ZoomWebhookParser.parse(
                "{\"event\":\"meeting.ended\",\"event_ts\":1,\"payload\":{\"object\":{\"id\":\"1\","
                    + "\"uuid\":\"U\",\"start_time\":\"2026-09-14T15:00:00Z\","
                    + "\"end_time\":\"2026-09-14T16:00:00Z\"}}}");
    assertThat(ended.started()).isFalse();
    assertThat(ended.endTime()).isEqualTo(Instant.parse("2026-09-14T16:00:00Z"));
  }

  @Test
  void malformedBodiesAreRejectedWithAReason() {
    assertThatThrownBy(() -> ZoomWebhookParser.parse("not json"))
        .isInstanceOf(MalformedEventException.class);
    assertThatThrownBy(
            () ->
                ZoomWebhookParser.parse(
                    "{\"event\":\"meeting.participant_joined\",\"payload\":{}}"))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("payload.object");
    assertThatThrownBy(
            () ->
                ZoomWebhookParser.parse(
                    "{\"event\":\"meeting.participant_joined\",\"payload\":{\"object\":"
                        + "{\"id\":\"1\",\"uuid\":\"U\",\"participant\":{\"user_id\":\"1\","
                        + "\"join_time\":\"yesterday\"}}}}"))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("join_time");
  }

  @Test
  void breakoutRoomJoinIsTheJoinOfTheRoomsOwnConnectionWithRoomAndParent() {
    var change =
        (ZoomWebhook.ParticipantChange)
            ZoomWebhookParser.parse(sample("participant_joined_breakout_room.json"));
    assertThat(change.zoomEvent()).isEqualTo("meeting.participant_joined_breakout_room");
    assertThat(change.action()).isEqualTo(ParticipantAction.JOINED);
    assertThat(change.instanceUuid()).isEqualTo("rT7xQb+4S3q0m/1Zc9Lw2A==");
    assertThat(change.occurredAt()).isEqualTo(Instant.parse("2026-09-14T15:10:02Z"));
    assertThat(change.participant().userId()).isEqualTo("16786432");
    assertThat(change.participant().parentUserId()).isEqualTo("16785408");
    assertThat(change.participant().breakoutRoomUuid()).isEqualTo("FkQbpP2UR028mDrwzEahqw==");
    assertThat(change.participant().registrantId()).isNull();
    assertThat(change.participant().participantUuid()).isNull();
  }

  @Test
  void breakoutRoomLeaveIsTheLeaveOfTheRoomsConnection() {
    var change =
        (ZoomWebhook.ParticipantChange)
            ZoomWebhookParser.parse(sample("participant_left_breakout_room.json"));
    assertThat(change.action()).isEqualTo(ParticipantAction.LEFT);
    assertThat(change.occurredAt()).isEqualTo(Instant.parse("2026-09-14T15:30:00Z"));
    assertThat(change.participant().breakoutRoomUuid()).isEqualTo("FkQbpP2UR028mDrwzEahqw==");
    assertThat(change.participant().registrantId()).isEqualTo("Rg5ynthXk2-Jq8vN0pLw3A");
  }

  @Test
  void bindCarriesThePhoneLegAndTheConnectionItIsBoundTo() {
    var change =
        (ZoomWebhook.ParticipantChange) ZoomWebhookParser.parse(sample("participant_bind.json"));
    assertThat(change.action()).isEqualTo(ParticipantAction.BIND);
    assertThat(change.participant().userId()).isEqualTo("16787456");
    assertThat(change.participant().bindUserId()).isEqualTo("16785408");
    assertThat(change.participant().bindParticipantUuid())
        .isEqualTo("4C2B7E10-9A61-4F0D-8D5E-2F6B3A9C1E77");
    assertThat(change.participant().phoneNumber()).isEqualTo("+15550100223");
    assertThat(change.occurredAt()).isEqualTo(Instant.parse("2026-09-14T15:03:30Z"));
  }

  @Test
  void mainSessionEventsHaveNoRoom() {
    var change =
        (ZoomWebhook.ParticipantChange) ZoomWebhookParser.parse(sample("participant_joined.json"));
    assertThat(change.participant().breakoutRoomUuid()).isNull();
    assertThat(change.participant().parentUserId()).isNull();
  }

  @Test
  void webinarParticipantJoinedIsAJoinOfTheWebinarInstance() {
    var change =
        (ZoomWebhook.ParticipantChange)
            ZoomWebhookParser.parse(sample("webinar_participant_joined.json"));
    assertThat(change.zoomEvent()).isEqualTo("webinar.participant_joined");
    assertThat(change.action()).isEqualTo(ParticipantAction.JOINED);
    assertThat(change.meetingId()).isEqualTo("94022334455");
    assertThat(change.instanceUuid()).isEqualTo("Wq3vHc+7T9e1n/4Xb2Kp8Q==");
    assertThat(change.occurredAt()).isEqualTo(Instant.parse("2026-09-14T17:01:00Z"));
    assertThat(change.participant().registrantId()).isEqualTo("Wb7ynthQm4-Lr2xT9kPq1B");
    assertThat(change.participant().email()).isEqualTo("sam.okafor@example.com");
  }

  @Test
  void webinarParticipantLeftCarriesLeaveTimeAndReason() {
    var change =
        (ZoomWebhook.ParticipantChange)
            ZoomWebhookParser.parse(sample("webinar_participant_left.json"));
    assertThat(change.action()).isEqualTo(ParticipantAction.LEFT);
    assertThat(change.occurredAt()).isEqualTo(Instant.parse("2026-09-14T18:25:00Z"));
    assertThat(change.leaveReason()).contains("left the webinar");
  }

  @Test
  void webinarStartedAndEndedAreTheInstancesLifecycle() {
    var ended = (ZoomWebhook.Lifecycle) ZoomWebhookParser.parse(sample("webinar_ended.json"));
    assertThat(ended.started()).isFalse();
    assertThat(ended.zoomEvent()).isEqualTo("webinar.ended");
    assertThat(ended.endTime()).isEqualTo(Instant.parse("2026-09-14T18:30:00Z"));
    var started =
        (ZoomWebhook.Lifecycle)
            ZoomWebhookParser.parse(
                "{\"event\":\"webinar.started\",\"event_ts\":1789409205512,"
                    + "\"payload\":{\"object\":{\"id\":\"94022334455\",\"uuid\":\"W1\","
                    + "\"start_time\":\"2026-09-14T17:00:05Z\"}}}");
    assertThat(started.started()).isTrue();
    assertThat(started.startTime()).isEqualTo(Instant.parse("2026-09-14T17:00:05Z"));
  }

  @Test
  void webinarRoleChangeIsARoleChange() {
    var change =
        (ZoomWebhook.ParticipantChange)
            ZoomWebhookParser.parse(
                "{\"event\":\"webinar.participant_role_changed\",\"event_ts\":1789409205512,"
                    + "\"payload\":{\"object\":{\"id\":\"94022334455\",\"uuid\":\"W1\","
                    + "\"participant\":{\"user_id\":\"7\",\"user_name\":\"Ann\","
                    + "\"date_time\":\"2026-09-14T17:05:00Z\",\"old_role\":\"attendee\","
                    + "\"new_role\":\"panelist\"}}}}");
    assertThat(change.action()).isEqualTo(ParticipantAction.ROLE_CHANGED);
    assertThat(change.newRole()).isEqualTo("panelist");
  }
}
