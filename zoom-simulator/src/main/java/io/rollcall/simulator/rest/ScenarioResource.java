package io.rollcall.simulator.rest;

import io.rollcall.simulator.scenario.Scenario;
import io.rollcall.simulator.scenario.ScenarioParser;
import io.rollcall.simulator.scenario.ScenarioPlayer;
import io.rollcall.simulator.scenario.ScenarioRun;
import io.rollcall.simulator.service.ResetService;
import io.rollcall.simulator.service.SimState;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Scenario files played through the control API. */
@Path("/sim/scenarios")
public class ScenarioResource {

  private final ScenarioPlayer player;
  private final ResetService reset;
  private final io.rollcall.simulator.domain.SimClock clock;

  public ScenarioResource(ScenarioPlayer player, ResetService reset, SimState state) {
    this.player = player;
    this.reset = reset;
    this.clock = state.clock();
  }

  /** The bundled scenarios, by name, with their descriptions. */
  @GET
  public List<Map<String, String>> bundled() {
    return ScenarioParser.bundledNames().stream()
        .map(
            name -> {
              Scenario s = ScenarioParser.parse(ScenarioParser.bundled(name));
              return Map.of(
                  "name", name, "description", s.description() == null ? "" : s.description());
            })
        .toList();
  }

  @GET
  @Path("/{name}")
  @Produces(MediaType.TEXT_PLAIN)
  public String text(@PathParam("name") String name) {
    return ScenarioParser.bundled(name);
  }

  @POST
  @Path("/{name}/play")
  public ScenarioRun.View playBundled(
      @PathParam("name") String name,
      @QueryParam("speed") Double speed,
      @QueryParam("meeting_id") String meetingId,
      @QueryParam("start") String start,
      @QueryParam("fresh") boolean fresh,
      @QueryParam("wait") boolean wait)
      throws InterruptedException {
    return play(ScenarioParser.bundled(name), speed, meetingId, start, fresh, wait);
  }

  /** Plays the scenario in the body (YAML or JSON). */
  @POST
  @Path("/play")
  public ScenarioRun.View play(
      String body,
      @QueryParam("speed") Double speed,
      @QueryParam("meeting_id") String meetingId,
      @QueryParam("start") String start,
      @QueryParam("fresh") boolean fresh,
      @QueryParam("wait") boolean wait)
      throws InterruptedException {
    Scenario scenario = ScenarioParser.parse(body);
    if (fresh) {
      // Same seed, same ids, same bodies: a fresh simulator replays a scenario identically.
      reset.reset(scenario.seed() == null ? 42 : scenario.seed());
    }
    ScenarioRun run =
        player.play(
            scenario,
            new ScenarioPlayer.Options(speed == null ? 1 : speed, meetingId, startOf(start)));
    if (wait) {
      try {
        run.finished().get(10, TimeUnit.MINUTES);
      } catch (ExecutionException | TimeoutException e) {
        // the view says it is still running
      }
    }
    return run.view();
  }

  /** An ISO instant, or "now" for the simulator clock (the demo's events then look current). */
  private Instant startOf(String start) {
    if (start == null || start.isBlank()) {
      return null;
    }
    return start.equals("now") ? clock.now() : Instant.parse(start);
  }

  @GET
  @Path("/runs/{id}")
  public ScenarioRun.View run(@PathParam("id") String id) {
    return player.run(id).view();
  }
}
