package io.rollcall.simulator.domain;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Builds Zoom's webhook bodies. The participant fields each event carries are exactly those of
 * ZOOM-FACTS §2.2 (Zoom's Rivet types), in that order; empty values are sent as "".
 *
 * <p>A webinar's instance sends the {@code webinar.*} counterparts ({@link #WEBINAR_NAMES}) with
 * the same object and participant fields (Rivet's {@code WebinarParticipantJoinedEvent}, {@code
 * WebinarParticipantLeftEvent}, {@code WebinarParticipantRoleChangedEvent}, {@code
 * WebinarStartedEvent}, {@code WebinarEndedEvent}); meeting events without a webinar counterpart
 * (waiting room, join before host, breakout rooms) are not sent for webinars.
 */
public final class ParticipantEvents {

  public static final String STARTED = "meeting.started";
  public static final String ENDED = "meeting.ended";
  public static final String JOINED = "meeting.participant_joined";
  public static final String LEFT = "meeting.participant_left";
  public static final String JOINED_WAITING_ROOM = "meeting.participant_joined_waiting_room";
  public static final String LEFT_WAITING_ROOM = "meeting.participant_left_waiting_room";
  public static final String PUT_IN_WAITING_ROOM = "meeting.participant_put_in_waiting_room";
  public static final String ADMITTED = "meeting.participant_admitted";
  public static final String JBH_WAITING = "meeting.participant_jbh_waiting";
  public static final String JBH_WAITING_LEFT = "meeting.participant_jbh_waiting_left";
  public static final String JBH_JOINED = "meeting.participant_jbh_joined";
  public static final String ROLE_CHANGED = "meeting.participant_role_changed";
  public static final String JOINED_BREAKOUT_ROOM = "meeting.participant_joined_breakout_room";
  public static final String LEFT_BREAKOUT_ROOM = "meeting.participant_left_breakout_room";
  public static final String BIND = "meeting.participant_bind";

  /** The webinar counterpart of each meeting event a webinar sends. */
  public static final Map<String, String> WEBINAR_NAMES =
      Map.of(
          STARTED, "webinar.started",
          ENDED, "webinar.ended",
          JOINED, "webinar.participant_joined",
          LEFT, "webinar.participant_left",
          ROLE_CHANGED, "webinar.participant_role_changed");

  /** Whether {@code meeting} sends {@code event} at all (a webinar sends only its counterparts). */
  public static boolean sends(Meeting meeting, String event) {
    return !meeting.webinar() || WEBINAR_NAMES.containsKey(event);
  }

  /** The name {@code meeting} sends {@code event} under: its webinar counterpart for webinars. */
  public static String wireName(Meeting meeting, String event) {
    return meeting.webinar() ? WEBINAR_NAMES.getOrDefault(event, event) : event;
  }

  private static final List<String> WAITING_ROOM_FIELDS =
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
          "registrant_id");

  /**
   * ZOOM-FACTS §2.2, one row per event. The breakout-room rows follow Zoom's breakout participant
   * object (ZoomNet's {@code BreakoutRoomParticipantInfo}): the main-session fields plus {@code
   * parent_user_id}; the room is {@code object.breakout_room_uuid}.
   */
  public static final Map<String, List<String>> FIELDS =
      Map.ofEntries(
          Map.entry(
              JOINED,
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
              LEFT,
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
          Map.entry(JOINED_WAITING_ROOM, WAITING_ROOM_FIELDS),
          Map.entry(LEFT_WAITING_ROOM, WAITING_ROOM_FIELDS),
          Map.entry(
              PUT_IN_WAITING_ROOM,
              WAITING_ROOM_FIELDS.stream().filter(f -> !f.equals("phone_number")).toList()),
          Map.entry(
              ADMITTED,
              List.of(
                  "user_id",
                  "user_name",
                  "id",
                  "participant_uuid",
                  "date_time",
                  "email",
                  "customer_key",
                  "registrant_id")),
          Map.entry(
              JOINED_BREAKOUT_ROOM,
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
              LEFT_BREAKOUT_ROOM,
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
              BIND,
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
          Map.entry(JBH_WAITING, List.of("id", "user_name", "customer_key")),
          Map.entry(JBH_WAITING_LEFT, List.of("id", "user_name", "customer_key", "registrant_id")),
          Map.entry(JBH_JOINED, List.of("id", "user_name", "customer_key", "registrant_id")),
          Map.entry(
              ROLE_CHANGED,
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

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** What a participant event says beyond the connection's identity. */
  public record Extra(
      Instant at, String leaveReason, String oldRole, String newRole, boolean dropRegistrant) {
    public static Extra at(Instant at) {
      return new Extra(at, null, null, null, false);
    }
  }

  public ObjectNode participantEvent(
      String event, Meeting meeting, String uuid, Instant startTime, Connection c, Extra extra) {
    ObjectNode object = meetingObject(meeting, uuid, startTime, event.equals(JBH_WAITING_LEFT));
    boolean breakout = event.equals(JOINED_BREAKOUT_ROOM) || event.equals(LEFT_BREAKOUT_ROOM);
    if (breakout) {
      object.put("breakout_room_uuid", c.breakoutRoomUuid());
    }
    ObjectNode participant = object.putObject("participant");
    for (String field : FIELDS.get(event)) {
      if (field.equals("registrant_id") && extra.dropRegistrant()) {
        continue;
      }
      if (field.equals("participant_uuid") && breakout && extra.dropRegistrant()) {
        participant.put(field, "");
        continue;
      }
      participant.put(field, value(field, c, extra));
    }
    return envelope(meeting, wireName(meeting, event), extra.at(), object);
  }

  public ObjectNode started(MeetingInstance instance) {
    ObjectNode object =
        meetingObject(instance.meeting(), instance.uuid(), instance.startTime(), false);
    return envelope(
        instance.meeting(), wireName(instance.meeting(), STARTED), instance.startTime(), object);
  }

  public ObjectNode ended(MeetingInstance instance) {
    ObjectNode object =
        meetingObject(instance.meeting(), instance.uuid(), instance.startTime(), false);
    object.put("end_time", ZoomTime.format(instance.endTime()));
    return envelope(
        instance.meeting(), wireName(instance.meeting(), ENDED), instance.endTime(), object);
  }

  public ObjectNode urlValidation(String plainToken, Instant at) {
    ObjectNode body = JSON.objectNode();
    body.putObject("payload").put("plainToken", plainToken);
    body.put("event_ts", at.toEpochMilli());
    body.put("event", "endpoint.url_validation");
    return body;
  }

  /** Zoom's event envelope; {@code payload.account_id} is the account the meeting belongs to. */
  private static ObjectNode envelope(Meeting meeting, String event, Instant at, ObjectNode object) {
    ObjectNode body = JSON.objectNode();
    body.put("event", event);
    body.put("event_ts", at.toEpochMilli());
    ObjectNode payload = body.putObject("payload");
    payload.put("account_id", meeting.accountId());
    payload.set("object", object);
    return body;
  }

  /** The meeting object; id is a string except where Rivet types it as a number. */
  private static ObjectNode meetingObject(
      Meeting meeting, String uuid, Instant startTime, boolean numericId) {
    ObjectNode object = JSON.objectNode();
    if (numericId) {
      object.put("id", meeting.id());
    } else {
      object.put("id", meeting.idText());
    }
    object.put("uuid", uuid);
    object.put("host_id", meeting.host().id());
    object.put("topic", meeting.topic());
    object.put("type", meeting.type());
    object.put("start_time", ZoomTime.format(startTime));
    object.put("timezone", meeting.timezone() == null ? "" : meeting.timezone());
    object.put("duration", meeting.duration());
    return object;
  }

  private static String value(String field, Connection c, Extra extra) {
    ParticipantFields p = c.fields();
    return switch (field) {
      case "parent_user_id" -> c.parentUserId() == null ? "" : c.parentUserId();
      case "bind_user_id" -> c.boundTo() == null ? "" : c.boundTo().fields().userId();
      case "bind_participant_uuid" ->
          c.boundTo() == null ? "" : c.boundTo().fields().participantUuid();
      case "user_id" -> p.userId();
      case "user_name" -> p.userName();
      case "id", "participant_user_id" -> p.id();
      case "participant_uuid" -> p.participantUuid();
      case "email" -> p.email();
      case "registrant_id" -> p.registrantId();
      case "customer_key" -> p.customerKey();
      case "phone_number" -> p.phoneNumber();
      case "join_time", "leave_time", "date_time" -> ZoomTime.format(extra.at());
      case "leave_reason" -> extra.leaveReason() == null ? "" : extra.leaveReason();
      case "old_role" -> extra.oldRole();
      case "new_role" -> extra.newRole();
      default -> throw new IllegalArgumentException("unknown participant field " + field);
    };
  }
}
