package io.rollcall.benchmarks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads attendance-service's public API: {@code GET /meetings/{id}/attendance?instance=…} (one
 * instance, every attendee and session), {@code GET /people/{ref}/attendance} (one person) and
 * {@code GET /meetings/{id}/instances}.
 */
final class AttendanceClient {
  /** One session as the API shows it. */
  record Session(Instant joinedAt, Instant leftAt) {}

  /** One attendee: a resolved person ({@code ref}) or an unresolved chain ({@code ref} null). */
  record Attendee(String ref, String name, long attendedSeconds, List<Session> sessions) {}

  /** One instance's attendance, with when the answer arrived and how long it took. */
  record Snapshot(List<Attendee> attendees, long receivedNanos, long tookNanos) {
    long resolved() {
      return attendees.stream().filter(a -> a.ref() != null).count();
    }
  }

  /** The JSON answer, only the fields the benchmark reads. */
  private record View(List<Attendee> attendees) {}

  private final JsonHttp http;

  AttendanceClient(JsonHttp http) {
    this.http = http;
  }

  /** The instance's attendance; empty while attendance-service has not seen the instance. */
  Optional<Snapshot> attendance(String meetingId, String instanceUuid) {
    JsonHttp.Answer answer =
        http.get("/meetings/" + meetingId + "/attendance?instance=" + encode(instanceUuid));
    if (answer.status() == 404) {
      return Optional.empty();
    }
    requireOk(answer, "attendance of meeting " + meetingId);
    View view = answer.as(View.class);
    List<Attendee> attendees = view.attendees() == null ? List.of() : view.attendees();
    return Optional.of(new Snapshot(attendees, answer.receivedNanos(), answer.tookNanos()));
  }

  /** Whether the person has any attendance yet (their refs are unique to one benchmark meeting). */
  boolean personVisible(String ref) {
    JsonHttp.Answer answer = http.get("/people/" + encode(ref) + "/attendance");
    if (answer.status() == 404) {
      return false;
    }
    requireOk(answer, "attendance of person " + ref);
    return answer.json().path("instances").size() > 0;
  }

  /** Whether attendance-service knows this instance of the meeting. */
  boolean instanceKnown(String meetingId, String instanceUuid) {
    JsonHttp.Answer answer = http.get("/meetings/" + meetingId + "/instances");
    if (answer.status() == 404) {
      return false;
    }
    requireOk(answer, "instances of meeting " + meetingId);
    for (var instance : answer.json().path("instances")) {
      if (instanceUuid.equals(instance.path("instance_uuid").asText())) {
        return true;
      }
    }
    return false;
  }

  private static void requireOk(JsonHttp.Answer answer, String what) {
    if (!answer.ok()) {
      throw new IllegalStateException(
          "attendance-service answered "
              + answer.status()
              + " for the "
              + what
              + ": "
              + new String(answer.body(), StandardCharsets.UTF_8));
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
