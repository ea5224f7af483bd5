package io.rollcall.simulator.cli;

import io.rollcall.simulator.scenario.Scenario;
import io.rollcall.simulator.scenario.ScenarioParser;
import io.rollcall.simulator.scenario.ScenarioPlayer;
import io.rollcall.simulator.scenario.ScenarioRun;
import io.rollcall.simulator.service.Delivery;
import io.rollcall.simulator.service.ResetService;
import io.rollcall.simulator.service.WebhookSender;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** {@code play <file-or-name> [--speed N] [--start ISO]}: one scenario, then exit. */
@ApplicationScoped
public class PlayCommand {

  private final ScenarioPlayer player;
  private final ResetService reset;
  private final WebhookSender sender;

  public PlayCommand(ScenarioPlayer player, ResetService reset, WebhookSender sender) {
    this.player = player;
    this.reset = reset;
    this.sender = sender;
  }

  int run(String... args) throws Exception {
    if (args.length < 2) {
      System.err.println(
          "usage: play <scenario.yaml|bundled-name> [--speed N (0 = flat out)] [--start ISO]");
      System.err.println("bundled: " + ScenarioParser.bundledNames());
      return 2;
    }
    double speed = 0;
    Instant start = null;
    for (int i = 2; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--speed" -> speed = Double.parseDouble(args[i + 1]);
        case "--start" ->
            start = args[i + 1].equals("now") ? Instant.now() : Instant.parse(args[i + 1]);
        default -> {
          System.err.println("unknown option " + args[i]);
          return 2;
        }
      }
    }
    Scenario scenario = ScenarioParser.parse(ScenarioParser.fileOrBundled(args[1]));
    reset.reset(scenario.seed() == null ? 42 : scenario.seed());
    ScenarioRun run = player.play(scenario, new ScenarioPlayer.Options(speed, null, start));
    run.finished().get(1, TimeUnit.DAYS);
    while (sender.pending() > 0) {
      // Deliveries (and retries) still in flight; the process must not exit under them.
      Thread.sleep(100);
    }
    print(run);
    return run.view().errors().isEmpty() ? 0 : 1;
  }

  private void print(ScenarioRun run) {
    ScenarioRun.View view = run.view();
    System.out.printf(
        "scenario %s: meeting %s, %d/%d steps, %s%n",
        view.scenario(), view.meetingId(), view.stepsDone(), view.steps(), view.status());
    view.errors().forEach(e -> System.out.println("  error: " + e));
    Map<String, Integer> byEvent = new TreeMap<>();
    int delivered = 0;
    for (Delivery d : sender.deliveries()) {
      byEvent.merge(d.event() + (d.retryNum() > 0 ? " (retry)" : ""), 1, Integer::sum);
      delivered += d.delivered() ? 1 : 0;
    }
    byEvent.forEach((event, count) -> System.out.printf("  %-50s %d%n", event, count));
    System.out.printf(
        "  webhook url: %s, delivered %d of %d attempts%n",
        sender.settings().hasUrl() ? sender.settings().url() : "(none: recorded only)",
        delivered,
        sender.deliveries().size());
  }
}
