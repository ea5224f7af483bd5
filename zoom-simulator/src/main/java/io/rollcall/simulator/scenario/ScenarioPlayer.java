package io.rollcall.simulator.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollcall.simulator.domain.Meeting;
import io.rollcall.simulator.domain.Registrant;
import io.rollcall.simulator.domain.Via;
import io.rollcall.simulator.scenario.Scenario.Invitee;
import io.rollcall.simulator.scenario.Scenario.Step;
import io.rollcall.simulator.service.JoinRequest;
import io.rollcall.simulator.service.LiveMeetingService;
import io.rollcall.simulator.service.MeetingService;
import io.rollcall.simulator.service.PanelistService;
import io.rollcall.simulator.service.RegistrantService;
import io.rollcall.simulator.service.SimException;
import io.rollcall.simulator.service.SimState;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Plays scenarios: creates (or reuses) the meeting and registers the invitees, then runs the steps
 * in order on the scenario clock. Event times are scenario times; real waiting is the offset
 * divided by {@code speed} (0 = no waiting at all).
 */
@ApplicationScoped
public class ScenarioPlayer {

  private static final Logger LOG = Logger.getLogger(ScenarioPlayer.class);

  /** How to play: speed (1 real time, 60 a minute per second, 0 flat out), which meeting. */
  public record Options(double speed, String meetingId, Instant start) {}

  private final SimState state;
  private final MeetingService meetings;
  private final RegistrantService registrants;
  private final PanelistService panelists;
  private final LiveMeetingService live;
  private final Map<String, ScenarioRun> runs = new ConcurrentHashMap<>();
  private final AtomicInteger runIds = new AtomicInteger();
  private final ExecutorService players =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "zoom-sim-scenario");
            t.setDaemon(true);
            return t;
          });

  public ScenarioPlayer(
      SimState state,
      MeetingService meetings,
      RegistrantService registrants,
      PanelistService panelists,
      LiveMeetingService live) {
    this.state = state;
    this.meetings = meetings;
    this.registrants = registrants;
    this.panelists = panelists;
    this.live = live;
  }

  public ScenarioRun play(Scenario scenario, Options options) {
    String meetingId = prepareMeeting(scenario, options.meetingId());
    Map<String, Map<String, String>> invitees = register(scenario, meetingId);
    Instant start = startOf(scenario, options);
    ScenarioRun run =
        new ScenarioRun(
            "run-" + runIds.incrementAndGet(),
            scenario.name(),
            meetingId,
            scenario.steps().size(),
            start.toString(),
            invitees);
    runs.put(run.id(), run);
    players.execute(() -> steps(scenario, run, start, options.speed()));
    return run;
  }

  public ScenarioRun run(String id) {
    ScenarioRun run = runs.get(id);
    if (run == null) {
      throw new SimException(404, "no scenario run " + id);
    }
    return run;
  }

  private void steps(Scenario scenario, ScenarioRun run, Instant start, double speed) {
    long realStart = System.nanoTime();
    int index = 0;
    try {
      for (Step step : scenario.steps()) {
        index++;
        Duration offset = Offsets.parse(step.at());
        if (speed > 0) {
          long dueNanos = realStart + (long) (offset.toNanos() / speed);
          long waitMillis = (dueNanos - System.nanoTime()) / 1_000_000;
          if (waitMillis > 0) {
            // The player thread keeps the scenario's pace; nothing else waits on it.
            Thread.sleep(waitMillis);
          }
        }
        try {
          apply(scenario, run.meetingId(), step, start.plus(offset));
        } catch (RuntimeException e) {
          run.error(
              "step "
                  + index
                  + " ("
                  + step.action()
                  + " "
                  + step.person()
                  + "): "
                  + e.getMessage());
        }
        run.stepDone();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      run.error("interrupted at step " + index);
    } finally {
      run.finish();
      LOG.infof("scenario %s finished on meeting %s", scenario.name(), run.meetingId());
    }
  }

  private void apply(Scenario scenario, String meetingId, Step step, Instant at) {
    String action = step.action() == null ? "" : step.action().toLowerCase(Locale.ROOT);
    switch (action) {
      case "join" -> live.join(meetingId, joinRequest(scenario, meetingId, step, at, false));
      case "rejoin" ->
          live.rejoin(meetingId, step.person(), joinRequest(scenario, meetingId, step, at, true));
      case "leave" -> live.leave(meetingId, step.person(), step.reason(), at);
      case "admit" -> live.admit(meetingId, step.person(), at);
      case "put_in_waiting_room" -> live.putInWaitingRoom(meetingId, step.person(), at);
      case "role" ->
          live.changeRole(
              meetingId, step.person(), step.newRole() == null ? "co-host" : step.newRole(), at);
      case "start" -> live.start(meetingId, at, step.uuid());
      case "open_breakout_rooms" -> live.openBreakoutRooms(meetingId, step.rooms());
      case "assign_breakout_rooms" ->
          live.assign(meetingId, step.assignments() == null ? Map.of() : step.assignments(), at);
      case "move" -> live.move(meetingId, step.person(), step.room(), at);
      case "close_breakout_rooms" -> live.closeBreakoutRooms(meetingId, at);
      case "phone" -> live.bindPhone(meetingId, step.person(), step.phoneNumber(), at);
      case "end" -> live.end(meetingId, at);
      default -> throw new SimException(400, "unknown action '" + step.action() + "'");
    }
  }

  /** The control-API join request a step stands for; a rejoin only carries what changes. */
  private JoinRequest joinRequest(
      Scenario scenario, String meetingId, Step step, Instant at, boolean rejoin) {
    Via via = step.via() == null ? null : Via.valueOf(step.via().toUpperCase(Locale.ROOT));
    if (via == null && !rejoin) {
      via = defaultVia(scenario, step.person());
    }
    String linkOwner = step.linkOf() != null ? step.linkOf() : step.person();
    Invitee invitee = scenario.people() == null ? null : scenario.people().get(linkOwner);
    boolean usesLink = via == Via.REGISTRANT_LINK || via == Via.SDK || via == Via.PANELIST_LINK;
    Integer pin = null;
    if (via == Via.PHONE && Boolean.TRUE.equals(step.usePin()) && invitee != null) {
      pin = registrant(meetingId, invitee).pinCode();
    }
    return new JoinRequest(
        step.person(),
        via,
        null,
        null,
        null,
        usesLink && invitee != null ? invitee.email() : null,
        step.signedInAs(),
        step.userName(),
        step.email(),
        step.customerKey(),
        step.phoneNumber(),
        pin,
        null,
        null,
        at);
  }

  private static Via defaultVia(Scenario scenario, String person) {
    if ("host".equals(person)) {
      return Via.START_URL;
    }
    Invitee invitee = scenario.people() == null ? null : scenario.people().get(person);
    if (invitee == null) {
      return Via.GUEST;
    }
    return invitee.panelist() ? Via.PANELIST_LINK : Via.REGISTRANT_LINK;
  }

  private Registrant registrant(String meetingId, Invitee invitee) {
    Meeting meeting = state.meeting(meetingId);
    return meeting
        .registrantByEmail(invitee.email())
        .orElseThrow(() -> new SimException(404, invitee.email() + " is not registered"));
  }

  private String prepareMeeting(Scenario scenario, String existing) {
    Scenario.MeetingSpec spec = scenario.meeting();
    String meetingId;
    if (existing != null && !existing.isBlank()) {
      meetingId = state.meeting(existing).idText();
      if (spec != null && spec.settings() != null) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.set("settings", spec.settings());
        meetings.update(meetingId, patch);
      }
    } else {
      meetingId = create(scenario, spec);
    }
    if (scenario.quirks() != null) {
      Meeting meeting = state.meeting(meetingId);
      meeting.quirks(scenario.quirks().over(meeting.quirks()));
    }
    return meetingId;
  }

  private String create(Scenario scenario, Scenario.MeetingSpec spec) {
    ObjectNode request = JsonNodeFactory.instance.objectNode();
    request.put("topic", spec != null && spec.topic() != null ? spec.topic() : scenario.name());
    request.put("type", spec != null && spec.type() != null ? spec.type() : 2);
    request.put("duration", spec != null && spec.duration() != null ? spec.duration() : 60);
    request.put("timezone", spec != null && spec.timezone() != null ? spec.timezone() : "UTC");
    if (scenario.start() != null) {
      request.put("start_time", scenario.start());
    }
    if (spec != null && spec.password() != null) {
      request.put("password", spec.password());
    }
    ObjectNode settings = request.putObject("settings");
    settings.put("approval_type", 0);
    if (spec != null && spec.settings() != null) {
      settings.setAll(spec.settings());
    }
    String host = spec != null && spec.host() != null ? spec.host() : "host@rollcall.test";
    String account = account(spec);
    if (spec != null && spec.webinar()) {
      request.put("type", spec.type() != null ? spec.type() : 5);
      return meetings.createWebinar(account, host, request).get("id").asText();
    }
    return meetings.create(account, host, request).get("id").asText();
  }

  /** The scenario's account: one the simulator knows, or the first account if none is named. */
  private String account(Scenario.MeetingSpec spec) {
    if (spec == null || spec.accountId() == null) {
      return state.accounts().primaryId();
    }
    return state
        .accounts()
        .find(spec.accountId())
        .map(a -> a.id())
        .orElseThrow(() -> new SimException(400, "unknown account_id " + spec.accountId()));
  }

  /**
   * Registers every invitee (an existing registration for the email is reused); a webinar's
   * panelists are added as panelists instead, each with their own link.
   */
  private Map<String, Map<String, String>> register(Scenario scenario, String meetingId) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    if (scenario.people() == null) {
      return out;
    }
    scenario
        .people()
        .forEach(
            (handle, invitee) -> {
              if (invitee.panelist()) {
                out.put(handle, addPanelist(meetingId, handle, invitee));
                return;
              }
              ObjectNode request = JsonNodeFactory.instance.objectNode();
              request.put("email", invitee.email());
              request.put("first_name", invitee.firstName() == null ? handle : invitee.firstName());
              request.put("last_name", invitee.lastName() == null ? "" : invitee.lastName());
              request.put("auto_approve", true);
              ObjectNode r = registrants.add(meetingId, request);
              out.put(
                  handle,
                  Map.of(
                      "registrant_id", r.path("registrant_id").asText(),
                      "join_url", r.path("join_url").asText(""),
                      "email", invitee.email()));
            });
    return out;
  }

  private Map<String, String> addPanelist(String webinarId, String handle, Invitee invitee) {
    ObjectNode request = JsonNodeFactory.instance.objectNode();
    String first = invitee.firstName() == null ? handle : invitee.firstName();
    String last = invitee.lastName() == null ? "" : invitee.lastName();
    request
        .putArray("panelists")
        .addObject()
        .put("email", invitee.email())
        .put("name", (first + " " + last).trim());
    panelists.add(webinarId, request);
    for (var p : panelists.list(webinarId).path("panelists")) {
      if (p.path("email").asText().equalsIgnoreCase(invitee.email())) {
        return Map.of(
            "panelist_id", p.path("id").asText(),
            "join_url", p.path("join_url").asText(),
            "email", invitee.email());
      }
    }
    throw new SimException(500, "panelist " + handle + " was not added");
  }

  private Instant startOf(Scenario scenario, Options options) {
    if (options.start() != null) {
      return options.start();
    }
    if (scenario.start() != null) {
      return Instant.parse(scenario.start());
    }
    return state.clock().now();
  }

  @PreDestroy
  void stop() {
    players.shutdownNow();
  }
}
