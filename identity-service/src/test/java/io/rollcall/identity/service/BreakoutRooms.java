package io.rollcall.identity.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollcall.events.EventJson;
import io.rollcall.events.RawWebhookEnvelope;
import io.rollcall.identity.service.Zoom.Who;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Raw webhooks of breakout-room moves and phone binds, built from {@link Zoom}'s samples with the
 * fields Zoom's breakout-room and bind events carry (ZOOM-FACTS §2.2), times in seconds from {@link
 * Zoom#START}.
 */
final class BreakoutRooms {
  static final String LEFT_FOR_BREAKOUT = "left the meeting.<br>Reason: Join breakout room.";

  private final Zoom zoom;

  BreakoutRooms(Zoom zoom) {
    this.zoom = zoom;
  }

  RawWebhookEnvelope joined(Who who, int second) {
    return at(zoom.joined(who, 0), "meeting.participant_joined", second, null, null);
  }

  RawWebhookEnvelope left(Who who, int second, String reason) {
    ObjectNode body = body(zoom.left(who, 0));
    participant(body).put("leave_reason", who.userName() + " " + reason);
    return at(body, "meeting.participant_left", second);
  }

  RawWebhookEnvelope joinedRoom(Who who, String parentUserId, String room, int second) {
    return at(
        zoom.joined(who, 0),
        "meeting.participant_joined_breakout_room",
        second,
        parentUserId,
        room);
  }

  RawWebhookEnvelope leftRoom(Who who, String parentUserId, String room, int second) {
    return at(
        zoom.left(who, 0), "meeting.participant_left_breakout_room", second, parentUserId, room);
  }

  /** {@code meeting.participant_bind}: the phone leg {@code phone} is bound to {@code userId}. */
  RawWebhookEnvelope bind(Who phone, String phoneNumber, String bindUserId, int second) {
    ObjectNode body = body(zoom.joined(phone, 0));
    participant(body)
        .put("bind_user_id", bindUserId)
        .put("bind_participant_uuid", "")
        .put("phone_number", phoneNumber);
    return at(body, "meeting.participant_bind", second);
  }

  RawWebhookEnvelope ended(int second) {
    ObjectNode body = body(zoom.lifecycle("meeting.ended", 0));
    String end = Zoom.START.plusSeconds(second).toString();
    ((ObjectNode) body.path("payload").path("object")).put("end_time", end);
    body.put("event_ts", Zoom.START.plusSeconds(second).toEpochMilli());
    return zoom.envelope("meeting.ended", body.toString());
  }

  private RawWebhookEnvelope at(
      RawWebhookEnvelope sample, String event, int second, String parentUserId, String room) {
    ObjectNode body = body(sample);
    if (room != null) {
      ((ObjectNode) body.path("payload").path("object")).put("breakout_room_uuid", room);
      participant(body).put("parent_user_id", parentUserId);
    }
    return at(body, event, second);
  }

  private RawWebhookEnvelope at(ObjectNode body, String event, int second) {
    body.put("event", event).put("event_ts", Zoom.START.plusSeconds(second).toEpochMilli() + 500);
    ObjectNode p = participant(body);
    p.put(
        p.has("join_time") ? "join_time" : "leave_time", Zoom.START.plusSeconds(second).toString());
    return zoom.envelope(event, body.toString());
  }

  private static ObjectNode participant(ObjectNode body) {
    return (ObjectNode) body.path("payload").path("object").path("participant");
  }

  private static ObjectNode body(RawWebhookEnvelope envelope) {
    try {
      return (ObjectNode) EventJson.mapper().readTree(envelope.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
