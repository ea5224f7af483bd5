package io.rollcall.demo;

import io.rollcall.demo.Attendance.Attendee;
import io.rollcall.demo.Attendance.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a demo run for a person: per attendee what Rollcall concluded, next to what Zoom's
 * webhooks said about each of their connections.
 */
public final class AttendanceTable {

  private static final String[] HEADERS = {
    "REF",
    "NAME",
    "EVIDENCE",
    "ATTENDED",
    "SESSIONS (mm:ss)",
    "FLAGS",
    "ZOOM'S WEBHOOKS SAID",
    "WHO IT REALLY WAS"
  };

  private AttendanceTable() {}

  public static String render(DemoResult result) {
    Attendance a = result.attendance();
    List<String[]> rows = new ArrayList<>();
    for (Attendee p : a.attendees()) {
      List<ZoomConnection> connections = connectionsOf(p, result.zoomSaid());
      int lines = Math.max(Math.max(1, p.sessions().size()), connections.size());
      for (int i = 0; i < lines; i++) {
        boolean first = i == 0;
        rows.add(
            new String[] {
              first ? refOf(p) : "",
              first ? nullToDash(p.name()) : "",
              first ? p.resolution().method() + "/" + p.resolution().confidence() : "",
              first ? duration(p.attendedSeconds()) : "",
              i < p.sessions().size() ? session(p.sessions().get(i), result.scenarioStart()) : "",
              first ? (p.flags().isEmpty() ? "-" : String.join(",", p.flags())) : "",
              i < connections.size() ? zoomSaid(connections.get(i)) : "",
              i < connections.size() ? connections.get(i).how() : ""
            });
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "Who attended \"%s\" (meeting %s, instance %s)%n",
            result.topic(), result.meetingId(), a.instanceUuid()));
    out.append(
        String.format(
            "Scenario clock: the meeting is scheduled at %s; times are mm:ss after it.%n%n",
            result.scenarioStart()));
    out.append(table(rows));
    out.append(
        String.format(
            "%n%d people/connection chains from %d Zoom connections; played and resolved in %.1f s."
                + "%nEVIDENCE: registrant = the person's own link (exact); zoom_user = their Zoom"
                + " account (strong); none = no evidence, shown as Zoom named it.%n",
            a.attendees().size(), result.zoomSaid().size(), result.took().toMillis() / 1000.0));
    return out.toString();
  }

  /** The connections behind an attendee: those whose join time is one of its sessions'. */
  static List<ZoomConnection> connectionsOf(Attendee p, List<ZoomConnection> all) {
    List<Instant> joins = p.sessions().stream().map(Session::joinedAt).toList();
    return all.stream().filter(c -> joins.contains(c.joinTime())).collect(Collectors.toList());
  }

  private static String refOf(Attendee p) {
    String ref;
    if (p.ref() == null) {
      ref = "(unresolved)";
    } else {
      ref = "host".equals(p.role()) ? p.ref() + " (host)" : p.ref();
    }
    return p.viaLinkOf() == null ? ref : ref + " via " + p.viaLinkOf() + "'s link";
  }

  /** Zoom's raw evidence per connection; ids shortened (enough to see two are the same). */
  private static String zoomSaid(ZoomConnection c) {
    StringBuilder out = new StringBuilder();
    out.append("user_name=\"").append(nullToEmpty(c.userName())).append('"');
    out.append(" user_id=").append(nullToDash(c.userId()));
    out.append(" registrant_id=").append(shortened(c.registrantId()));
    if (c.email() != null && !c.email().isEmpty()) {
      out.append(" email=").append(c.email());
    }
    return out.toString();
  }

  private static String shortened(String id) {
    if (id == null || id.isEmpty()) {
      return "-";
    }
    return id.length() > 8 ? id.substring(0, 8) + "..." : id;
  }

  private static String session(Session s, Instant start) {
    return clock(s.joinedAt(), start)
        + "-"
        + (s.leftAt() == null ? "now" : clock(s.leftAt(), start));
  }

  private static String clock(Instant t, Instant start) {
    long seconds = Duration.between(start, t).getSeconds();
    return String.format("%02d:%02d", seconds / 60, Math.abs(seconds % 60));
  }

  static String duration(long seconds) {
    long h = seconds / 3600;
    long m = (seconds % 3600) / 60;
    long s = seconds % 60;
    return h > 0 ? String.format("%dh%02dm%02ds", h, m, s) : String.format("%dm%02ds", m, s);
  }

  private static String table(List<String[]> rows) {
    int[] widths = new int[HEADERS.length];
    for (int i = 0; i < HEADERS.length; i++) {
      widths[i] = HEADERS[i].length();
      for (String[] row : rows) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, HEADERS, widths);
    String[] rule = new String[HEADERS.length];
    for (int i = 0; i < rule.length; i++) {
      rule[i] = "-".repeat(widths[i]);
    }
    line(out, rule, widths);
    for (String[] row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      line.append(String.format("%-" + widths[i] + "s", cells[i]));
      if (i < cells.length - 1) {
        line.append("  ");
      }
    }
    out.append(line.toString().stripTrailing()).append(System.lineSeparator());
  }

  private static String nullToDash(String s) {
    return s == null || s.isEmpty() ? "-" : s;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
