package io.rollcall.attendance.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rollcall.attendance.domain.Attendee;
import io.rollcall.attendance.domain.Erasure;
import io.rollcall.attendance.domain.MeetingInstance;
import io.rollcall.attendance.domain.Reconciliation;
import io.rollcall.attendance.domain.RoomTime;
import io.rollcall.attendance.domain.Session;
import io.rollcall.attendance.service.InstanceAttendance;
import io.rollcall.events.Assignment;
import io.rollcall.events.Confidence;
import io.rollcall.events.Flag;
import io.rollcall.events.Identity;
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
   * meeting or webinar; {@code reconciliation}: null until Zoom's participants report was merged.
   */
  public record Instance(
      String uuid,
      String instanceUuid,
      String topic,
      Instant startedAt,
      Instant endedAt,
      MeetingKind kind,
      ReconciliationView reconciliation) {

    static Instance of(MeetingInstance i) {
      return new Instance(
          i.instanceUuid(),
          i.instanceUuid(),
          i.topic(),
          i.startedAt(),
          i.endedAt(),
          i.kind(),
          ReconciliationView.of(i.reconciliation()));
    }
  }

  /**
   * What merging Zoom's participants report into an instance did: the latest report's time ({@code
   * reconciled_at}), why it was read ({@code trigger}: meeting_ended, on_demand or sweep), its rows
   * ({@code rows_read}), and how many sessions it added ({@code sessions_added}, flag from_report)
   * or gave their leave time ({@code sessions_changed}, flag leave_from_report).
   */
  public record ReconciliationView(
      Instant reconciledAt, String trigger, int rowsRead, int sessionsAdded, int sessionsChanged) {

    static ReconciliationView of(Reconciliation r) {
      return r == null
          ? null
          : new ReconciliationView(
              r.reconciledAt(), r.trigger(), r.rowsRead(), r.sessionsAdded(), r.sessionsChanged());
    }
  }

  /**
   * One instance's attendance; {@code kind}: meeting or webinar (a webinar's attendees carry role
   * host, panelist or attendee); {@code reconciliation}: as on {@link Instance}.
   */
  public record InstanceAttendanceView(
      String meetingId,
      String instanceUuid,
      Instant startedAt,
      Instant endedAt,
      boolean live,
      List<AttendeeView> attendees,
      MeetingKind kind,
      ReconciliationView reconciliation) {

    public static InstanceAttendanceView of(InstanceAttendance a) {
      MeetingInstance i = a.instance();
      return new InstanceAttendanceView(
          i.meetingId(),
          i.instanceUuid(),
          i.startedAt(),
          i.endedAt(),
          i.live(),
          a.attendees().stream().map(AttendeeView::of).toList(),
          i.kind(),
          ReconciliationView.of(i.reconciliation()));
    }
  }

  /**
   * One person (or unresolved connection chain) in one instance. {@code rooms}: seconds per room,
   * the main session first, then each breakout room; {@code attended_seconds} is the union over all
   * rooms. {@code via_link_of}: present only when the attendee came through someone else's link and
   * is not that person (a forwarded link used beside its owner): the owner's ref. {@code waiting}:
   * the person's waiting-room stays ({@link WaitingView}). {@code erased}: true on the anonymous
   * entry an erased person leaves when their tenant keeps anonymous totals ({@code ref}, {@code
   * name}, {@code email} null, method {@code none}, no reported names; the attended time as
   * before); false otherwise.
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
      String viaLinkOf,
      List<WaitingView> waiting,
      boolean erased) {

    static AttendeeView of(Attendee a) {
      return new AttendeeView(
          a.ref(),
          a.role(),
          a.name(),
          a.email(),
          new Resolution(a.method(), a.confidence(), AssignmentView.of(a.assignment())),
          a.attendedSeconds(),
          a.waitingSeconds(),
          a.firstJoin(),
          a.lastLeave(),
          a.sessions().stream().map(SessionView::of).toList(),
          a.flags(),
          a.rooms().stream().map(RoomView::of).toList(),
          a.viaLinkOf(),
          a.waiting().stream().map(w -> new WaitingView(w.start(), w.end())).toList(),
          a.ref() == null && a.key().startsWith("chain:" + Erasure.CHAIN_PREFIX));
    }
  }

  /**
   * One waiting-room stay of the person (waiting rooms of all their connections merged): from when
   * they entered to when they were admitted or left; a stay still open ends at the meeting's end,
   * or at the time of the answer while the meeting runs. Their total is {@code waiting_seconds}.
   */
  public record WaitingView(Instant from, Instant to) {}

  /**
   * How the attendee was resolved. {@code assignment} is present only beside method {@code manual}:
   * the operator's assignment that decided, with what the evidence alone decides.
   */
  public record Resolution(
      ResolutionMethod method,
      Confidence confidence,
      @JsonInclude(JsonInclude.Include.NON_NULL) AssignmentView assignment) {}

  /**
   * An operator's assignment in force: who ({@code assigned_by}, an API key's id), why, when, and
   * the evidence's own verdict.
   */
  public record AssignmentView(
      String assignedBy, String reason, Instant assignedAt, EvidenceView evidence) {
    static AssignmentView of(Assignment a) {
      return a == null
          ? null
          : new AssignmentView(
              a.assignedBy(), a.reason(), a.assignedAt(), EvidenceView.of(a.evidence()));
    }
  }

  /** What the evidence ladder alone resolves a connection to ({@code ref} null when no one). */
  public record EvidenceView(String ref, ResolutionMethod method, Confidence confidence) {
    static EvidenceView of(Identity evidence) {
      Identity e = evidence == null ? Identity.unresolved() : evidence;
      ResolutionMethod method = e.method() == null ? ResolutionMethod.NONE : e.method();
      return new EvidenceView(
          e.ref(), method, e.confidence() == null ? method.confidence() : e.confidence());
    }
  }

  /**
   * One session: {@code connection_id} names the connection (what an assignment is made on); {@code
   * breakout_room_uuid} the breakout room it was in (absent for the main session); {@code flags}
   * the connection's flags, {@code from_report} / {@code leave_from_report} among them when Zoom's
   * participants report added the session or gave its leave time; {@code reported_name} the display
   * name Zoom reported for the connection (what to look at when a flag says the name differs).
   */
  public record SessionView(
      String connectionId,
      Instant joinedAt,
      Instant leftAt,
      String leaveReason,
      String breakoutRoomUuid,
      List<Flag> flags,
      String reportedName) {
    static SessionView of(Session s) {
      return new SessionView(
          s.connectionId(),
          s.joinedAt(),
          s.leftAt(),
          s.leaveReason(),
          s.breakoutRoomUuid(),
          s.flags(),
          s.reportedName());
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
