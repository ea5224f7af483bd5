package io.rollcall.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./rollcall demo}'s scenario against a running stack: schedules a meeting through
 * meeting-service, registers four invitees (each gets a distinct link), plays zoom-simulator's
 * bundled {@code seed-case} on that meeting, then prints what Zoom's webhooks said next to what
 * attendance-service concluded. Exit code 0 only when every step worked.
 *
 * <p>Arguments: {@code --meeting-service}, {@code --attendance-service}, {@code --simulator} (base
 * URLs). The API key is the first of {@code ROLLCALL_API_KEYS}.
 */
public final class Demo {
  private static final String HOST = "host@acme.test";
  private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(2);
  private static final List<Map<String, String>> INVITEES =
      List.of(
          invitee("alice", "Alice", "Adams"),
          invitee("bob", "Bob", "Brown"),
          invitee("carol", "Carol", "Chen"),
          invitee("dan", "Dan", "Dorsey"));

  private final JsonHttp http;
  private final String meetingService;
  private final String attendanceService;
  private final String simulator;

  private Demo(JsonHttp http, String meetingService, String attendanceService, String simulator) {
    this.http = http;
    this.meetingService = meetingService;
    this.attendanceService = attendanceService;
    this.simulator = simulator;
  }

  public static void main(String[] args) {
    Map<String, String> options = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    String apiKey = System.getenv().getOrDefault("ROLLCALL_API_KEYS", "").split(",")[0].trim();
    Demo demo =
        new Demo(
            new JsonHttp(apiKey),
            options.getOrDefault("meeting-service", "http://127.0.0.1:8084"),
            options.getOrDefault("attendance-service", "http://127.0.0.1:8083"),
            options.getOrDefault("simulator", "http://127.0.0.1:8090"));
    try {
      demo.run();
    } catch (Exception e) {
      System.err.println("demo failed: " + e.getMessage());
      System.exit(1);
    }
  }

  private void run() throws IOException, InterruptedException {
    // The simulated meeting ends about now, so its times read naturally.
    Instant start = Instant.now().minus(Duration.ofMinutes(56)).truncatedTo(ChronoUnit.SECONDS);
    String meetingId = schedule(start);
    register(meetingId);
    play(meetingId, start);
    JsonNode attendance = awaitSettledAttendance(meetingId);
    printZoomView(meetingId);
    System.out.println();
    System.out.println("What Rollcall concluded (attendance-service, meeting " + meetingId + "):");
    System.out.print(AttendanceTable.render(attendance));
  }

  private String schedule(Instant start) throws IOException, InterruptedException {
    JsonNode meeting =
        http.post(
            meetingService + "/meetings",
            Map.of(
                "host",
                HOST,
                "topic",
                "Quarterly onboarding (Rollcall demo)",
                "start_time",
                start.toString(),
                "duration",
                60,
                "timezone",
                "Europe/Berlin"));
    String meetingId = meeting.path("meeting_id").asText();
    step("scheduled meeting " + meetingId + " through meeting-service (registration required)");
    return meetingId;
  }

  private void register(String meetingId) throws IOException, InterruptedException {
    JsonNode answer =
        http.post(
            meetingService + "/meetings/" + meetingId + "/invitees", Map.of("invitees", INVITEES));
    for (JsonNode invitee : answer.path("invitees")) {
      step(
          "invited "
              + invitee.path("ref").asText()
              + ", own link "
              + invitee.path("link_id").asText());
    }
  }

  private void play(String meetingId, Instant start) throws IOException, InterruptedException {
    step("playing zoom-simulator's seed-case: late host, 'user', a computer name, a walk-in,");
    step("  a forwarded link, a drop and a rejoin by phone ...");
    JsonNode run =
        http.postText(
            simulator
                + "/sim/scenarios/play?speed=0&wait=true&meeting_id="
                + meetingId
                + "&start="
                + start,
            seedCaseWithoutWaitingRoom());
    if (!"finished".equalsIgnoreCase(run.path("status").asText())
        || !run.path("errors").isEmpty()) {
      throw new IOException("the scenario did not finish cleanly: " + run);
    }
  }

  /**
   * meeting-service schedules with the waiting room on; seed-case assumes people walk straight in,
   * so the scenario's settings (applied to our meeting by the simulator) turn it off.
   */
  private String seedCaseWithoutWaitingRoom() throws IOException, InterruptedException {
    String scenario = http.getText(simulator + "/sim/scenarios/seed-case");
    String settings = "\n  settings:\n";
    if (!scenario.contains(settings)) {
      throw new IOException("zoom-simulator's seed-case has no meeting settings block to extend");
    }
    return scenario.replace(settings, settings + "    waiting_room: false\n");
  }

  /** Rollcall is eventually consistent: wait until the ended instance stops changing. */
  private JsonNode awaitSettledAttendance(String meetingId)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(SETTLE_TIMEOUT);
    String url = attendanceService + "/meetings/" + meetingId + "/attendance";
    JsonNode previous = null;
    int unchanged = 0;
    while (Instant.now().isBefore(deadline)) {
      JsonNode current = tryGet(url);
      boolean ended =
          current != null
              && !current.path("ended_at").isMissingNode()
              && !current.path("ended_at").isNull();
      unchanged = ended && current.equals(previous) ? unchanged + 1 : 0;
      if (unchanged >= 3) {
        step("attendance settled");
        return current;
      }
      previous = current;
      Thread.sleep(1000);
    }
    throw new IOException("attendance of meeting " + meetingId + " did not settle: " + previous);
  }

  private JsonNode tryGet(String url) throws InterruptedException {
    try {
      return http.get(url);
    } catch (IOException notYet) {
      return null; // 404 until the first event of the instance is projected
    }
  }

  private void printZoomView(String meetingId) throws IOException, InterruptedException {
    ObjectMapper json = new ObjectMapper();
    Set<String> seen = new LinkedHashSet<>();
    List<String> joins = new ArrayList<>();
    for (JsonNode delivery : http.get(simulator + "/sim/webhooks/deliveries")) {
      if (!meetingId.equals(delivery.path("meeting_id").asText())
          || !"meeting.participant_joined".equals(delivery.path("event").asText())
          || !seen.add(delivery.path("request_id").asText())) {
        continue;
      }
      JsonNode participant =
          json.readTree(delivery.path("body").asText())
              .path("payload")
              .path("object")
              .path("participant");
      String email = participant.path("email").asText("");
      joins.add(
          "\""
              + participant.path("user_name").asText()
              + "\""
              + (email.isEmpty() ? "" : " <" + email + ">"));
    }
    System.out.println();
    System.out.println("What Zoom's webhooks said (" + joins.size() + " participant_joined):");
    joins.forEach(j -> System.out.println("  " + j));
  }

  private static Map<String, String> invitee(String ref, String first, String last) {
    return Map.of(
        "ref", ref,
        "email", ref + "@acme.test",
        "first_name", first,
        "last_name", last);
  }

  private static void step(String text) {
    System.out.println("  " + text);
  }
}
