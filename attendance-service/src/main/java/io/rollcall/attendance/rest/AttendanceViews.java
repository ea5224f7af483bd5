package io.rollcall.attendance.rest;

import io.rollcall.attendance.domain.Attendee;
import io.rollcall.attendance.domain.MeetingInstance;
import io.rollcall.attendance.domain.RoomTime;
import io.rollcall.attendance.domain.Session;
import io.rollcall.attendance.service.InstanceAttendance;
import io.rollcall.events.Confidence;
import io.rollcall.events.Flag;
import io.rollcall.events.LinkRole;
import io.rollcall.events.MeetingKind;
import io.rollcall.events.ResolutionMethod;
import java.time.Instant;
import java.util.List;

/** The JSON answers of the API (snake_case through the global Jackson naming strategy). */
public final class AttendanceViews {

  private AttendanceViews() {}

  /** A meeting's instances, newest first. */
  public record Instances(String meetingId, List<Instance> instances) {}

  /**
   * One instance; {@code uuid} and {@code instance_uuid} carry the same value; {@code kind}:
   * meeting or webinar.
   */
  public record Instance(
      String uuid,
      String instanceUuid,
      String topic,
      Instant startedAt,
      Instant endedAt,
      MeetingKind kind) {

    static Instance of(MeetingInstance i) {
      return new Instance(
          i.instanceUuid(), i.instanceUuid(), i.topic(), i.startedAt(), i.endedAt(), i.kind());
    }
  }

  /**
   * One instance's attendance; {@code kind}: meeting or webinar (a webinar's attendees carry role
   * host, panelist or attendee).
   */
  public record InstanceAttendanceView(
      String meetingId,
      String instanceUuid,
      Instant startedAt,
      Instant endedAt,
      boolean live,
      List<AttendeeView> attendees,
      MeetingKind kind) {

    public static InstanceAttendanceView of(InstanceAttendance a) {
      MeetingInstance i = a.instance();
      return new InstanceAttendanceView(
          i.meetingId(),
          i.instanceUuid(),
          i.startedAt(),
          i.endedAt(),
          i.live(),
          a.attendees().stream().map(AttendeeView::of).toList(),
          i.kind());
    }
  }

  /**
   * One person (or unresolved connection chain) in one instance. {@code rooms}: seconds per room,
   * the main session first, then each breakout room; {@code attended_seconds} is the union over all
   * rooms. {@code via_link_of}: present only when the attendee came through someone else's link and
   * is not that person (a forwarded link used beside its owner): the owner's ref.
   */
  public record AttendeeView(
      String ref,
      LinkRole role,
      String name,
      String email,
      Resolution resolution,
      long attendedSeconds,
      long waitingSeconds,
      Instant firstJoin,
      Instant lastLeave,
      List<SessionView> sessions,
      List<Flag> flags,
      List<RoomView> rooms,
      String viaLinkOf) {

    static AttendeeView of(Attendee a) {
      return new AttendeeView(
          a.ref(),
          a.role(),
          a.name(),
          a.email(),
          new Resolution(a.method(), a.confidence()),
          a.attendedSeconds(),
          a.waitingSeconds(),
          a.firstJoin(),
          a.lastLeave(),
          a.sessions().stream().map(SessionView::of).toList(),
          a.flags(),
          a.rooms().stream().map(RoomView::of).toList(),
          a.viaLinkOf());
    }
  }

  public record Resolution(ResolutionMethod method, Confidence confidence) {}

  /**
   * One session; {@code breakout_room_uuid} names the breakout room it was in (absent for the main
   * session).
   */
  public record SessionView(
      Instant joinedAt, Instant leftAt, String leaveReason, String breakoutRoomUuid) {
    static SessionView of(Session s) {
      return new SessionView(s.joinedAt(), s.leftAt(), s.leaveReason(), s.breakoutRoomUuid());
    }
  }

  /**
   * One person's time in one room, in seconds.
   *
   * @param room {@code main} or {@code breakout}
   * @param breakoutRoomUuid Zoom's {@code breakout_room_uuid}; absent for the main session
   * @param attendedSeconds the union of the person's sessions in that room
   */
  public record RoomView(String room, String breakoutRoomUuid, long attendedSeconds) {
    public static final String MAIN = "main";
    public static final String BREAKOUT = "breakout";

    static RoomView of(RoomTime r) {
      return new RoomView(r.main() ? MAIN : BREAKOUT, r.breakoutRoomUuid(), r.attendedSeconds());
    }
  }

  /** One person's attendance across instances, newest first. */
  public record PersonAttendance(String ref, List<PersonInstance> instances) {}

  public record PersonInstance(
      String meetingId,
      String instanceUuid,
      Instant startedAt,
      Instant endedAt,
      AttendeeView attendance) {

    static PersonInstance of(InstanceAttendance a) {
      MeetingInstance i = a.instance();
      return new PersonInstance(
          i.meetingId(),
          i.instanceUuid(),
          i.startedAt(),
          i.endedAt(),
          AttendeeView.of(a.attendees().get(0)));
    }
  }
}
