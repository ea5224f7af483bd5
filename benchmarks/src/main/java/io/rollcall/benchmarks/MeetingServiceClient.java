package io.rollcall.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Schedules benchmark meetings and registers their invitees through meeting-service's API, as a
 * customer would: {@code POST /meetings} (registration, auto-approval), then {@code POST
 * /meetings/{id}/invitees} in batches. meeting-service registers them in zoom-simulator (which
 * rate-limits like Zoom) and publishes each link on {@code rollcall.links.v1}.
 */
final class MeetingServiceClient {
  /** A scheduled meeting: its number and the host's Zoom user id (in every webhook). */
  record Scheduled(String meetingId, String hostId) {}

  private static final int INVITEES_PER_REQUEST = 500;

  private final JsonHttp http;

  MeetingServiceClient(JsonHttp http) {
    this.http = http;
  }

  /** One meeting with its own host (Zoom allows 100 meeting creations per host and day). */
  Scheduled schedule(String host, String topic) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("host", host);
    request.put("topic", topic);
    request.put("start_time", Instant.now().plus(1, ChronoUnit.HOURS).toString());
    request.put("duration", 60);
    request.put("timezone", "UTC");
    // Participants are admitted straight into the meeting: the benchmark sends participant_joined.
    request.put("settings", Map.of("waiting_room", false, "join_before_host", true));
    JsonHttp.Answer answer = http.post("/meetings", request);
    if (!answer.ok()) {
      throw new IllegalStateException(
          "meeting-service POST /meetings answered " + answer.status() + ": " + text(answer));
    }
    JsonNode meeting = answer.json();
    return new Scheduled(meeting.path("meeting_id").asText(), meeting.path("host_id").asText());
  }

  /**
   * Registers every invitee and returns them with the registrant id Zoom issued.
   *
   * @throws IllegalStateException when an invitee could not be registered
   */
  List<Person> register(String meetingId, List<Person> invitees) {
    Map<String, String> registrantIds = new HashMap<>();
    for (int from = 0; from < invitees.size(); from += INVITEES_PER_REQUEST) {
      List<Person> batch =
          invitees.subList(from, Math.min(invitees.size(), from + INVITEES_PER_REQUEST));
      registrantIds.putAll(registerBatch(meetingId, batch));
    }
    List<Person> registered = new ArrayList<>();
    for (Person p : invitees) {
      registered.add(p.withRegistrantId(registrantIds.get(p.ref())));
    }
    return registered;
  }

  private Map<String, String> registerBatch(String meetingId, List<Person> batch) {
    List<Map<String, String>> invitees = new ArrayList<>();
    for (Person p : batch) {
      invitees.add(
          Map.of(
              "ref", p.ref(),
              "email", p.email(),
              "first_name", p.firstName(),
              "last_name", p.lastName()));
    }
    JsonHttp.Answer answer =
        http.post("/meetings/" + meetingId + "/invitees", Map.of("invitees", invitees));
    if (!answer.ok()) {
      throw new IllegalStateException(
          "meeting-service POST /meetings/"
              + meetingId
              + "/invitees answered "
              + answer.status()
              + ": "
              + text(answer));
    }
    Map<String, String> ids = new HashMap<>();
    for (JsonNode invitee : answer.json().path("invitees")) {
      String registrantId = invitee.path("registrant_id").asText("");
      if (registrantId.isEmpty()) {
        throw new IllegalStateException(
            "invitee " + invitee.path("ref").asText() + " was not registered: " + invitee);
      }
      ids.put(invitee.path("ref").asText(), registrantId);
    }
    return ids;
  }

  private static String text(JsonHttp.Answer answer) {
    return new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);
  }
}
