package io.rollcall.attendance.rest;

import io.rollcall.attendance.domain.Attendee;
import io.rollcall.attendance.domain.MeetingInstance;
import io.rollcall.attendance.domain.RoomTime;
import io.rollcall.attendance.domain.Session;
import io.rollcall.attendance.service.InstanceAttendance;
import io.rollcall.events.Flag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One instance's attendance as CSV (RFC 4180), one row per attendee with the JSON's columns.
 * Sessions are {@code joined_at/left_at} pairs separated by {@code ;}. {@code rooms} (the last
 * column) is the seconds per room, {@code main:<seconds>} then {@code
 * <breakout_room_uuid>:<seconds>} per breakout room, separated by {@code ;}. {@code via_link_of}
 * (after it) is the owner's ref of the link an attendee used without being that person, else empty.
 * {@code connection_ids} (the last column) names each session's connection, in the order of {@code
 * sessions}, separated by {@code ;}: what a manual assignment is made on. Cells that a spreadsheet
 * would run as a formula (names come from Zoom clients) are prefixed with {@code '}.
 */
public final class AttendanceCsv {

  static final List<String> HEADER =
      List.of(
          "meeting_id",
          "instance_uuid",
          "ref",
          "role",
          "name",
          "email",
          "method",
          "confidence",
          "attended_seconds",
          "waiting_seconds",
          "first_join",
          "last_leave",
          "sessions",
          "flags",
          "rooms",
          "via_link_of",
          "connection_ids");

  private AttendanceCsv() {}

  public static String render(InstanceAttendance attendance) {
    StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append("\r\n");
    for (Attendee attendee : attendance.attendees()) {
      csv.append(row(attendance.instance(), attendee)).append("\r\n");
    }
    return csv.toString();
  }

  private static String row(MeetingInstance instance, Attendee a) {
    return List.of(
            instance.meetingId(),
            instance.instanceUuid(),
            text(a.ref()),
            a.role() == null ? "" : a.role().name().toLowerCase(Locale.ROOT),
            text(a.name()),
            text(a.email()),
            a.method().name().toLowerCase(Locale.ROOT),
            a.confidence().name().toLowerCase(Locale.ROOT),
            Long.toString(a.attendedSeconds()),
            Long.toString(a.waitingSeconds()),
            time(a.firstJoin()),
            time(a.lastLeave()),
            a.sessions().stream().map(AttendanceCsv::session).collect(Collectors.joining(";")),
            a.flags().stream().map(AttendanceCsv::flag).collect(Collectors.joining(";")),
            text(a.rooms().stream().map(AttendanceCsv::room).collect(Collectors.joining(";"))),
            text(a.viaLinkOf()),
            text(a.sessions().stream().map(Session::connectionId).collect(Collectors.joining(";"))))
        .stream()
        .map(AttendanceCsv::cell)
        .collect(Collectors.joining(","));
  }

  private static String session(Session s) {
    return time(s.joinedAt()) + "/" + time(s.leftAt());
  }

  private static String room(RoomTime r) {
    return (r.main() ? "main" : r.breakoutRoomUuid()) + ":" + r.attendedSeconds();
  }

  private static String flag(Flag flag) {
    return flag.name().toLowerCase(Locale.ROOT);
  }

  private static String time(Instant instant) {
    return instant == null ? "" : instant.toString();
  }

  /** Free text from people and Zoom clients, defused against spreadsheet formulas. */
  private static String text(String value) {
    if (value == null) {
      return "";
    }
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  static String cell(String safe) {
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
