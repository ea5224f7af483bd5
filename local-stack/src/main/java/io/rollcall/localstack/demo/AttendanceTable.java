package io.rollcall.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** attendance-service's answer as a table a person reads at a glance. */
final class AttendanceTable {
  private static final String ROW = "  %-16s %-8s %-14s %-22s %9s %8s  %s%n";

  private AttendanceTable() {}

  static String render(JsonNode attendance) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(ROW, "REF", "ROLE", "NAME", "EVIDENCE", "ATTENDED", "SESSIONS", "FLAGS"));
    for (JsonNode a : attendance.path("attendees")) {
      String ref = a.path("ref").isNull() ? "(unresolved)" : a.path("ref").asText();
      String name = a.path("name").asText("");
      JsonNode resolution = a.path("resolution");
      out.append(
          String.format(
              ROW,
              shorten(ref, 16),
              a.path("role").asText("-"),
              shorten(name.isEmpty() ? "-" : name, 14),
              resolution.path("method").asText() + "/" + resolution.path("confidence").asText(),
              minutes(a.path("attended_seconds").asLong()),
              a.path("sessions").size(),
              flags(a.path("flags"))));
    }
    return out.toString();
  }

  private static String minutes(long seconds) {
    return String.format("%dm%02ds", seconds / 60, seconds % 60);
  }

  private static String flags(JsonNode flags) {
    List<String> names = new ArrayList<>();
    flags.forEach(f -> names.add(f.asText()));
    return names.isEmpty() ? "-" : String.join(", ", names);
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
