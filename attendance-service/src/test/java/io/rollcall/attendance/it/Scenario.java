package io.rollcall.attendance.it;

import io.rollcall.events.Confidence;
import io.rollcall.events.ConnectionCorrected;
import io.rollcall.events.EvidenceSource;
import io.rollcall.events.Flag;
import io.rollcall.events.Identity;
import io.rollcall.events.InstanceReconciled;
import io.rollcall.events.LinkRole;
import io.rollcall.events.MeetingEnded;
import io.rollcall.events.MeetingKind;
import io.rollcall.events.MeetingStarted;
import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.ResolutionMethod;
import io.rollcall.events.ZoomParticipant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds the participant messages of one meeting instance, as identity-service publishes them. */
class Scenario {

  static final Instant T0 = Instant.parse("2026-09-14T15:00:00Z");

  final String meetingId;
  final String instanceUuid;
  private final List<ParticipantMessage> messages = new ArrayList<>();
  private MeetingKind kind;

  Scenario(String meetingId) {
    // Zoom instance uuids contain '+', '/' and '=': they must survive URLs.
    this(meetingId, "In+" + meetingId + "/s==");
  }

  Scenario(String meetingId, String instanceUuid) {
    this.meetingId = meetingId;
    this.instanceUuid = instanceUuid;
  }

  static Identity invitee(String ref) {
    return new Identity(
        ref,
        LinkRole.INVITEE,
        "Name " + ref,
        ref + "@example.edu",
        ResolutionMethod.REGISTRANT,
        Confidence.EXACT);
  }

  /** A webinar's attendee or panelist, resolved as identity-service resolves them. */
  static Identity webinarPerson(String ref, LinkRole role) {
    return new Identity(
        ref,
        role,
        "Name " + ref,
        ref + "@example.org",
        role == LinkRole.PANELIST ? ResolutionMethod.EMAIL : ResolutionMethod.REGISTRANT,
        role == LinkRole.PANELIST ? Confidence.STRONG : Confidence.EXACT);
  }

  /** From now on, the instance is a webinar's: {@code webinar.*} events, lifecycle kind webinar. */
  Scenario webinar() {
    kind = MeetingKind.WEBINAR;
    return this;
  }

  static Identity host(String ref) {
    return new Identity(
        ref, LinkRole.HOST, "Host " + ref, ref, ResolutionMethod.ZOOM_USER, Confidence.STRONG);
  }

  static Instant at(int minute) {
    return T0.plusSeconds(60L * minute);
  }

  private static List<Flag> flags(Identity identity) {
    return identity.resolved() ? List.of() : List.of(Flag.UNINVITED);
  }

  List<ParticipantMessage> messages() {
    return List.copyOf(messages);
  }

  Scenario started(int minute) {
    messages.add(
        new MeetingStarted(
            1,
            "ms:" + instanceUuid,
            meetingId,
            instanceUuid,
            "Topic",
            "host-1",
            at(minute),
            kind,
            null));
    return this;
  }

  Scenario ended(int minute) {
    messages.add(
        new MeetingEnded(
            1,
            "me:" + instanceUuid,
            meetingId,
            instanceUuid,
            "Topic",
            "host-1",
            at(0),
            at(minute),
            kind,
            null));
    return this;
  }

  Scenario joined(String connection, Identity identity, String userName, int minute) {
    return event(
        ParticipantAction.JOINED, connection, identity, userName, minute, 1, flags(identity));
  }

  Scenario left(String connection, Identity identity, String userName, int minute) {
    return event(
        ParticipantAction.LEFT, connection, identity, userName, minute, 1, flags(identity));
  }

  Scenario event(
      ParticipantAction action,
      String connection,
      Identity identity,
      String userName,
      int minute,
      int revision,
      List<Flag> flags) {
    String id = "pe:" + instanceUuid + ":" + connection + ":" + action + ":" + minute;
    messages.add(
        new ParticipantEvent(
            1,
            id,
            id,
            meetingId,
            instanceUuid,
            kind == MeetingKind.WEBINAR
                ? action.zoomEvent().replace("meeting.", "webinar.")
                : action.zoomEvent(),
            action,
            at(minute),
            connection,
            new ZoomParticipant(
                connection, "P-" + connection, userName, null, null, null, null, null),
            action == ParticipantAction.LEFT ? userName + " left the meeting." : null,
            null,
            null,
            identity,
            flags,
            revision));
    return this;
  }

  /**
   * A row of Zoom's participants report, as identity-service publishes it: a {@code joined} and a
   * {@code left} of the connection with {@code source: report}, {@code seconds} off the minute.
   */
  Scenario reported(
      String connection, Identity identity, String userName, int join, int leave, int seconds) {
    for (ParticipantAction action : List.of(ParticipantAction.JOINED, ParticipantAction.LEFT)) {
      int minute = action == ParticipantAction.JOINED ? join : leave;
      String id = "pe:report:" + instanceUuid + ":" + connection + ":" + join + ":" + action;
      messages.add(
          new ParticipantEvent(
              1,
              id,
              id,
              meetingId,
              instanceUuid,
              ParticipantEvent.REPORT_ZOOM_EVENT,
              action,
              at(minute).plusSeconds(seconds),
              connection,
              new ZoomParticipant(
                  connection, "P-" + connection, userName, null, null, null, null, null),
              null,
              null,
              null,
              identity,
              flags(identity),
              1,
              null,
              EvidenceSource.REPORT,
              null));
    }
    return this;
  }

  /** identity-service's {@code instance_reconciled} after the report's events. */
  Scenario reconciled(String fetchId, int rowsRead, int minute) {
    messages.add(
        new InstanceReconciled(
            1,
            "reconciled:" + fetchId,
            meetingId,
            instanceUuid,
            fetchId,
            rowsRead,
            at(minute),
            "meeting_ended",
            null));
    return this;
  }

  Scenario corrected(String connection, Identity identity, int revision, int minute) {
    messages.add(
        new ConnectionCorrected(
            1,
            "cc:" + instanceUuid + ":" + connection + ":" + revision,
            meetingId,
            instanceUuid,
            connection,
            identity,
            List.of(),
            revision,
            "late evidence",
            at(minute),
            null));
    return this;
  }
}
