package io.rollcall.demo;

import static io.rollcall.demo.SeedScenario.*;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Plays the seed scenario against a running Rollcall: schedules the meeting and registers the
 * invitees through meeting-service, makes people join through zoom-simulator with the very links
 * meeting-service issued, and waits until attendance-service reflects the meeting's end.
 *
 * <p>Run as a program ({@code ./rollcall demo}) it prints the attendance table; tests use {@link
 * #run} and assert on the {@link DemoResult}.
 */
public final class DemoDriver {

  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

  private final DemoConfig config;
  private final ServiceClient meetings;
  private final ServiceClient attendance;
  private final ServiceClient simulator;
  private final List<ZoomConnection> zoomSaid = new ArrayList<>();

  public DemoDriver(DemoConfig config) {
    this.config = config;
    String bearer = "Bearer " + config.apiKey();
    this.meetings = new ServiceClient("meeting-service", config.meetingServiceUrl(), bearer, JSON);
    this.attendance =
        new ServiceClient("attendance-service", config.attendanceServiceUrl(), bearer, JSON);
    this.simulator = new ServiceClient("zoom-simulator", config.simulatorUrl(), null, JSON);
  }

  public static void main(String[] args) {
    try {
      DemoConfig config = DemoConfig.fromEnvironment(System.getenv());
      DemoResult result = new DemoDriver(config).run(DemoDriver::progress);
      System.out.println();
      System.out.print(AttendanceTable.render(result));
    } catch (DemoException e) {
      // The first line names the component: ./rollcall points at its log.
      System.err.println("DEMO-FAILED " + e.component() + " " + e.getMessage());
      System.exit(1);
    } catch (RuntimeException e) {
      System.err.println("DEMO-FAILED demo " + e);
      System.exit(1);
    }
  }

  private static void progress(String line) {
    System.out.println(line);
  }

  /** Plays the seed scenario and returns attendance-service's answer once the meeting ended. */
  public DemoResult run(Consumer<String> progress) {
    Instant began = Instant.now();
    zoomSaid.clear();
    if (config.simulatorSeed() != null) {
      simulator.post("/sim/reset?seed=" + config.simulatorSeed(), null);
    }
    String meetingId = schedule();
    step(progress, "meeting-service", "scheduled meeting " + meetingId + " (host " + HOST + ")");
    Map<String, JsonNode> links = invite(meetingId);
    step(progress, "meeting-service", "issued " + links.size() + " personal links");
    String startUrl =
        meetings
            .post(path(meetingId, "/host-link"), Map.of("host", HOST))
            .path("start_url")
            .asText();
    int carolPin = pinOf(meetingId, links.get(CAROL.ref()).path("registrant_id").asText());
    if (!config.quirks().isEmpty()) {
      simulator.put("/sim/meetings/" + meetingId + "/quirks", config.quirks());
      step(progress, "zoom-simulator", "quirks " + config.quirks());
    }
    step(
        progress, "zoom-simulator", "playing the seed scenario (55 minutes on the scenario clock)");
    play(meetingId, links, startUrl, carolPin);
    step(progress, "attendance-service", "waiting for the meeting's end to arrive ...");
    Attendance answer = awaitEnd(meetingId);
    Duration took = Duration.between(began, Instant.now());
    step(progress, "attendance-service", "attendance ready (" + took.toMillis() + " ms in all)");
    return new DemoResult(meetingId, TOPIC, config.scenarioStart(), answer, zoomSaid, took);
  }

  private String schedule() {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("host", HOST);
    request.put("topic", TOPIC);
    request.put("start_time", config.scenarioStart().toString());
    request.put("duration", DURATION_MINUTES);
    request.put("timezone", "UTC");
    // Alice is in before the host: join before host on, no waiting room (the passcode stays).
    request.put("settings", Map.of("waiting_room", false, "join_before_host", true));
    JsonNode meeting = meetings.post("/meetings", request);
    if (meeting.path("adjusted_by_zoom").size() > 0) {
      throw new DemoException(
          "zoom-simulator",
          "Zoom overrode the meeting settings: " + meeting.get("adjusted_by_zoom"));
    }
    return meeting.path("meeting_id").asText();
  }

  private Map<String, JsonNode> invite(String meetingId) {
    List<Map<String, String>> invitees = new ArrayList<>();
    for (Invitee i : INVITEES) {
      invitees.add(
          Map.of(
              "ref", i.ref(),
              "email", i.email(),
              "first_name", i.firstName(),
              "last_name", i.lastName()));
    }
    JsonNode answer = meetings.post(path(meetingId, "/invitees"), Map.of("invitees", invitees));
    Map<String, JsonNode> links = new HashMap<>();
    for (JsonNode link : answer.path("invitees")) {
      if ("failed".equals(link.path("outcome").asText())) {
        throw new DemoException(
            "meeting-service", "registering " + link.path("ref").asText() + " failed: " + link);
      }
      links.put(link.path("ref").asText(), link);
    }
    for (Invitee i : INVITEES) {
      if (!links.containsKey(i.ref())) {
        throw new DemoException("meeting-service", "no link issued for " + i.ref() + ": " + answer);
      }
    }
    return links;
  }

  /** Carol's participant PIN, as her registration confirmation shows it (Zoom's registrant API). */
  private int pinOf(String meetingId, String registrantId) {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (config.zoomClientId() + ":" + config.zoomClientSecret())
                    .getBytes(StandardCharsets.UTF_8));
    JsonNode token =
        simulator
            .withAuthorization("Basic " + basic)
            .post(
                "/oauth/token?grant_type=account_credentials&account_id=" + config.zoomAccountId(),
                null);
    JsonNode registrant =
        simulator
            .withAuthorization("Bearer " + token.path("access_token").asText())
            .get("/v2/meetings/" + meetingId + "/registrants/" + registrantId);
    return registrant.path("participant_pin_code").asInt();
  }

  private void play(String meetingId, Map<String, JsonNode> links, String startUrl, int carolPin) {
    JsonNode alice = links.get(ALICE.ref());
    JsonNode carol = links.get(CAROL.ref());
    JsonNode dan = links.get(DAN.ref());
    join(
        meetingId,
        "Alice, own link, signed out",
        ALICE_JOINS,
        Map.of(
            "person",
            "alice",
            "via",
            "registrant_link",
            "join_url",
            text(alice, "join_url"),
            "user_name",
            ALICE_CLIENT_NAME));
    join(
        meetingId,
        "a guest, generic link",
        GUEST_JOINS,
        Map.of("person", "guest", "via", "guest", "user_name", GUEST_CLIENT_NAME));
    join(
        meetingId,
        "Carol, own link",
        CAROL_JOINS,
        Map.of(
            "person",
            "carol",
            "via",
            "registrant_link",
            "join_url",
            text(carol, "join_url"),
            "user_name",
            "Carol Chen"));
    join(
        meetingId,
        "the host, start link",
        HOST_JOINS,
        Map.of("person", "host", "via", "start_url", "start_url", startUrl));
    join(
        meetingId,
        "Erin, on Dan's forwarded link",
        ERIN_JOINS_ON_DANS_LINK,
        Map.of(
            "person",
            "erin",
            "via",
            "registrant_link",
            "join_url",
            text(dan, "join_url"),
            "user_name",
            ERIN_NAME));
    join(
        meetingId,
        "Dan, own link",
        DAN_JOINS,
        Map.of(
            "person",
            "dan",
            "via",
            "registrant_link",
            "join_url",
            text(dan, "join_url"),
            "user_name",
            "Dan Dorsey"));
    simulator.post(
        personPath(meetingId, "carol", "/leave"),
        Map.of("reason", "disconnected", "at", at(CAROL_DROPS)));
    record(
        "Carol again, by phone with her PIN",
        simulator.post(
            personPath(meetingId, "carol", "/rejoin"),
            Map.of(
                "via",
                "phone",
                "phone_number",
                CAROL_PHONE,
                "participant_pin_code",
                carolPin,
                "user_name",
                CAROL_PHONE,
                "at",
                at(CAROL_REJOINS_BY_PHONE))));
    simulator.post(personPath(meetingId, "guest", "/leave"), Map.of("at", at(GUEST_LEAVES)));
    simulator.post("/sim/meetings/" + meetingId + "/end", Map.of("at", at(MEETING_ENDS)));
  }

  private void join(String meetingId, String how, Duration offset, Map<String, Object> body) {
    Map<String, Object> request = new LinkedHashMap<>(body);
    request.put("at", at(offset));
    JsonNode connection = simulator.post("/sim/meetings/" + meetingId + "/join", request);
    if (!"in_meeting".equals(connection.path("status").asText())) {
      throw new DemoException(
          "zoom-simulator", how + " did not get into the meeting: " + connection);
    }
    record(how, connection);
  }

  private void record(String how, JsonNode c) {
    zoomSaid.add(
        new ZoomConnection(
            c.path("person").asText(),
            how,
            text(c, "user_name"),
            text(c, "user_id"),
            text(c, "registrant_id"),
            text(c, "email"),
            c.hasNonNull("join_time") ? Instant.parse(c.get("join_time").asText()) : null));
  }

  /**
   * Polls until the meeting's end has arrived and every connection's join and leave is counted. The
   * services are asynchronous (Kafka in between), so there is no single moment to wait for.
   */
  private Attendance awaitEnd(String meetingId) {
    Instant deadline = Instant.now().plus(config.timeout());
    Optional<Attendance> last = Optional.empty();
    while (Instant.now().isBefore(deadline)) {
      last = attendance.find(path(meetingId, "/attendance")).map(DemoDriver::toAttendance);
      if (last.filter(DemoDriver::complete).isPresent()) {
        return last.get();
      }
      pause();
    }
    String seen =
        last.map(
                a ->
                    a.sessionCount()
                        + " of "
                        + CONNECTIONS
                        + " connections, ended_at "
                        + a.endedAt())
            .orElse("no attendance for the meeting at all");
    throw new DemoException(
        "attendance-service",
        "did not reflect the end of meeting "
            + meetingId
            + " within "
            + config.timeout()
            + " ("
            + seen
            + "); the pipeline is zoom-simulator -> ingest-service -> Kafka ->"
            + " identity-service -> attendance-service: check their logs");
  }

  static boolean complete(Attendance a) {
    return a.endedAt() != null
        && a.sessionCount() == CONNECTIONS
        && a.attendees().stream()
            .flatMap(p -> p.sessions().stream())
            .allMatch(s -> s.leftAt() != null && !"meeting ended".equals(s.leaveReason()))
        && a.attendees().stream().noneMatch(p -> p.flags().contains("pending_link"));
  }

  private static Attendance toAttendance(JsonNode node) {
    try {
      return JSON.treeToValue(node, Attendance.class);
    } catch (Exception e) {
      throw new DemoException("attendance-service", "unexpected attendance answer: " + node, e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(POLL_INTERVAL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoException("demo", "interrupted while waiting for attendance", e);
    }
  }

  private String at(Duration offset) {
    return config.scenarioStart().plus(offset).toString();
  }

  private static String path(String meetingId, String rest) {
    return "/meetings/" + meetingId + rest;
  }

  private static String personPath(String meetingId, String person, String action) {
    return "/sim/meetings/" + meetingId + "/people/" + person + action;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static void step(Consumer<String> progress, String component, String what) {
    progress.accept(String.format("  %-20s %s", component, what));
  }
}
