package io.rollcall.identity.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.rollcall.events.EventJson;
import io.rollcall.events.MalformedEventException;
import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ZoomParticipant;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Zoom webhook bodies. Empty strings (Zoom sends {@code ""} for absent values) become null;
 * the meeting {@code id} is read as text whether Zoom sent a string or a number.
 *
 * <p>Breakout rooms: {@code meeting.participant_joined_breakout_room} and {@code
 * meeting.participant_left_breakout_room} are the join and leave of a connection of their own (the
 * participant gets a new {@code user_id} in the room, ZOOM-FACTS §2.4), read as {@code joined} and
 * {@code left} with the room ({@code payload.object.breakout_room_uuid}) and the main-session
 * {@code parent_user_id} kept in the participant. {@code payload.object.uuid} stays the meeting
 * instance.
 *
 * <p>Webinars: Zoom sends a webinar's instance its own {@code webinar.*} family with the meeting
 * events' shapes (Zoom's webhook reference, "Webinars"; Rivet's {@code
 * WebinarParticipantJoinedEvent}, {@code WebinarParticipantRoleChangedEvent}). {@code
 * webinar.participant_joined} / {@code _left} are sent for the host, panelists and attendees alike
 * ("Participant/Host joined webinar"); Zoom documents no separate panelist join event, so who is a
 * panelist is known from the link the person was given, not from the event. {@code webinar.started}
 * / {@code webinar.ended} are the instance's lifecycle.
 */
public final class ZoomWebhookParser {
  /** Zoom's breakout-room events, and what they do to the room's own connection. */
  static final Map<String, ParticipantAction> BREAKOUT_EVENTS =
      Map.of(
          "meeting.participant_joined_breakout_room", ParticipantAction.JOINED,
          "meeting.participant_left_breakout_room", ParticipantAction.LEFT);

  /** Zoom's webinar participant events, read as the meeting events of the same shape. */
  static final Map<String, ParticipantAction> WEBINAR_EVENTS =
      Map.of(
          "webinar.participant_joined", ParticipantAction.JOINED,
          "webinar.participant_left", ParticipantAction.LEFT,
          "webinar.participant_role_changed", ParticipantAction.ROLE_CHANGED,
          "webinar.participant_bind", ParticipantAction.BIND);

  static final String WEBINAR_STARTED = "webinar.started";
  static final String WEBINAR_ENDED = "webinar.ended";

  private ZoomWebhookParser() {}

  /**
   * @throws MalformedEventException when the body is not JSON or a participant or lifecycle event
   *     lacks what it must carry
   */
  public static ZoomWebhook parse(String body) {
    JsonNode root = readTree(body);
    String event = text(root, "event");
    if (event == null) {
      throw new MalformedEventException("webhook body has no event name");
    }
    Optional<ParticipantAction> action =
        ParticipantAction.ofZoomEvent(event)
            .or(() -> Optional.ofNullable(BREAKOUT_EVENTS.get(event)))
            .or(() -> Optional.ofNullable(WEBINAR_EVENTS.get(event)));
    if (action.isPresent()) {
      return participantChange(root, event, action.get());
    }
    if (event.equals("meeting.started")
        || event.equals("meeting.ended")
        || event.equals(WEBINAR_STARTED)
        || event.equals(WEBINAR_ENDED)) {
      return lifecycle(root, event);
    }
    return new ZoomWebhook.Other(event);
  }

  private static ZoomWebhook.ParticipantChange participantChange(
      JsonNode root, String event, ParticipantAction action) {
    JsonNode object = object(root, event);
    JsonNode p = object.path("participant");
    if (!p.isObject()) {
      throw new MalformedEventException(event + " has no payload.object.participant");
    }
    String zoomUserId = text(p, "participant_user_id");
    String room = text(object, "breakout_room_uuid");
    ZoomParticipant participant =
        new ZoomParticipant(
            text(p, "user_id"),
            text(p, "participant_uuid"),
            text(p, "user_name"),
            text(p, "email"),
            zoomUserId != null ? zoomUserId : text(p, "id"),
            text(p, "registrant_id"),
            text(p, "customer_key"),
            text(p, "phone_number"),
            text(p, "parent_user_id"),
            room != null ? room : text(p, "breakout_room_uuid"),
            text(p, "bind_user_id"),
            text(p, "bind_participant_uuid"));
    Instant time = firstTime(p, event, "join_time", "leave_time", "date_time");
    return new ZoomWebhook.ParticipantChange(
        event,
        action,
        required(object, "id", event),
        required(object, "uuid", event),
        time != null ? time : eventTime(root, event),
        participant,
        text(p, "leave_reason"),
        text(p, "old_role"),
        text(p, "new_role"));
  }

  private static ZoomWebhook.Lifecycle lifecycle(JsonNode root, String event) {
    JsonNode object = object(root, event);
    return new ZoomWebhook.Lifecycle(
        event,
        event.equals("meeting.started") || event.equals(WEBINAR_STARTED),
        required(object, "id", event),
        required(object, "uuid", event),
        text(object, "topic"),
        text(object, "host_id"),
        firstTime(object, event, "start_time"),
        firstTime(object, event, "end_time"),
        eventTime(root, event));
  }

  private static JsonNode object(JsonNode root, String event) {
    JsonNode object = root.path("payload").path("object");
    if (!object.isObject()) {
      throw new MalformedEventException(event + " has no payload.object");
    }
    return object;
  }

  private static Instant firstTime(JsonNode node, String event, String... fields) {
    for (String field : fields) {
      String value = text(node, field);
      if (value != null) {
        try {
          return Instant.parse(value);
        } catch (DateTimeParseException e) {
          throw new MalformedEventException(event + " has an unreadable " + field, e);
        }
      }
    }
    return null;
  }

  private static Instant eventTime(JsonNode root, String event) {
    JsonNode ts = root.path("event_ts");
    if (!ts.canConvertToLong()) {
      throw new MalformedEventException(event + " has neither an event time nor event_ts");
    }
    return Instant.ofEpochMilli(ts.asLong());
  }

  private static String required(JsonNode object, String field, String event) {
    String value = text(object, field);
    if (value == null) {
      throw new MalformedEventException(event + " has no payload.object." + field);
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String text = value.asText();
    return text.isBlank() ? null : text;
  }

  private static JsonNode readTree(String body) {
    if (body == null || body.isBlank()) {
      throw new MalformedEventException("empty webhook body");
    }
    try {
      JsonNode root = EventJson.mapper().readTree(body);
      if (root == null || !root.isObject()) {
        throw new MalformedEventException("webhook body is not a JSON object");
      }
      return root;
    } catch (IOException e) {
      throw new MalformedEventException("webhook body is not JSON: " + e.getMessage(), e);
    }
  }
}
