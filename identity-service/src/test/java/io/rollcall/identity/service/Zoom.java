package io.rollcall.identity.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollcall.events.EventJson;
import io.rollcall.events.LinkEvent;
import io.rollcall.events.LinkRole;
import io.rollcall.events.LinkStatus;
import io.rollcall.events.MeetingInfo;
import io.rollcall.events.MeetingKind;
import io.rollcall.events.RawWebhookEnvelope;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test fixtures: raw webhooks built from Zoom's sample payloads (only the values changed), and
 * links as meeting-service publishes them. Every test uses its own meeting and instance.
 */
final class Zoom {
  static final Instant START = Instant.parse("2026-09-14T15:00:00Z");
  private static final AtomicLong MEETING_NUMBERS = new AtomicLong(System.nanoTime() % 1_000_000);

  final String meetingId = "8" + (1_000_000_000L + MEETING_NUMBERS.incrementAndGet());
  final String instanceUuid = UUID.randomUUID().toString().substring(0, 22) + "==";
  final String hostZoomId = "Host" + meetingId;

  static Instant at(int minute) {
    return START.plusSeconds(60L * minute);
  }

  /** A participant as the webhook reports it; null fields are sent as Zoom sends them: "". */
  record Who(
      String userId,
      String userName,
      String registrantId,
      String zoomUserId,
      String email,
      String participantUuid) {
    static Who signedOut(String userId, String userName, String registrantId) {
      return new Who(userId, userName, registrantId, null, null, null);
    }

    static Who signedIn(String userId, String userName, String zoomUserId) {
      return new Who(userId, userName, null, zoomUserId, null, null);
    }
  }

  RawWebhookEnvelope joined(Who who, int minute) {
    return participant("participant_joined.json", "meeting.participant_joined", who, minute);
  }

  RawWebhookEnvelope left(Who who, int minute) {
    return participant("participant_left.json", "meeting.participant_left", who, minute);
  }

  /** Zoom's {@code webinar.participant_joined}: the meeting event's shape under its own name. */
  RawWebhookEnvelope webinarJoined(Who who, int minute) {
    return participant(
        "webinar_participant_joined.json", "webinar.participant_joined", who, minute);
  }

  RawWebhookEnvelope lifecycle(String event, int minute) {
    ObjectNode body = EventJson.mapper().createObjectNode();
    body.put("event", event).put("event_ts", at(minute).toEpochMilli());
    ObjectNode object = body.putObject("payload").putObject("object");
    object.put("id", meetingId).put("uuid", instanceUuid).put("host_id", hostZoomId);
    object.put("topic", "Course").put("start_time", at(0).toString());
    if (event.equals("meeting.ended")) {
      object.put("end_time", at(minute).toString());
    }
    return envelope(event, body.toString());
  }

  RawWebhookEnvelope envelope(String event, String body) {
    String dedupKey = UUID.randomUUID().toString();
    return new RawWebhookEnvelope(
        1,
        dedupKey,
        event,
        meetingId,
        instanceUuid,
        Instant.now(),
        1789402331L,
        dedupKey,
        body,
        null);
  }

  LinkEvent invitee(String ref, String first, String last, String registrantId) {
    return new LinkEvent(
        1,
        UUID.randomUUID().toString(),
        "lnk_" + meetingId + "_" + ref,
        LinkStatus.ISSUED,
        LinkRole.INVITEE,
        meetingId,
        ref,
        registrantId,
        null,
        null,
        ref + "@example.edu",
        first,
        last,
        null,
        null,
        START.minusSeconds(86400));
  }

  /** A webinar's attendee or panelist link (a panelist has no registrant id). */
  LinkEvent webinarLink(String ref, LinkRole role, String first, String last, String registrant) {
    return new LinkEvent(
        1,
        UUID.randomUUID().toString(),
        "lnk_" + meetingId + "_" + ref,
        LinkStatus.ISSUED,
        role,
        meetingId,
        ref,
        registrant,
        null,
        null,
        ref + "@example.org",
        first,
        last,
        null,
        null,
        START.minusSeconds(86400),
        MeetingKind.WEBINAR,
        null);
  }

  LinkEvent host(String ref) {
    MeetingInfo meeting =
        new MeetingInfo(
            meetingId, hostZoomId, ref, "Course", 2, START, true, false, true, false, false);
    return new LinkEvent(
        1,
        UUID.randomUUID().toString(),
        LinkEvent.hostLinkId(meetingId),
        LinkStatus.ISSUED,
        LinkRole.HOST,
        meetingId,
        ref,
        null,
        null,
        null,
        ref,
        "Tom",
        "Teacher",
        hostZoomId,
        meeting,
        START.minusSeconds(86400));
  }

  private RawWebhookEnvelope participant(String sample, String event, Who who, int minute) {
    ObjectNode body = (ObjectNode) read(sample);
    ObjectNode object = (ObjectNode) body.path("payload").path("object");
    object.put("id", meetingId).put("uuid", instanceUuid).put("host_id", hostZoomId);
    body.put("event_ts", at(minute).toEpochMilli() + 500);
    ObjectNode p = (ObjectNode) object.path("participant");
    p.put("user_id", who.userId());
    p.put("user_name", who.userName());
    p.put("registrant_id", orEmpty(who.registrantId()));
    p.put("id", orEmpty(who.zoomUserId()));
    p.put("participant_user_id", orEmpty(who.zoomUserId()));
    p.put("email", orEmpty(who.email()));
    p.put("participant_uuid", orEmpty(who.participantUuid()));
    p.put(p.has("join_time") ? "join_time" : "leave_time", at(minute).toString());
    if (p.has("leave_reason")) {
      p.put("leave_reason", who.userName() + " left the meeting.<br>Reason: left the meeting.");
    }
    return envelope(event, body.toString());
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static com.fasterxml.jackson.databind.JsonNode read(String sample) {
    try (InputStream in = Zoom.class.getResourceAsStream("/zoom/" + sample)) {
      return EventJson.mapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
