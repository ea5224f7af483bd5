package io.rollcall.simulator.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Without arguments: the simulator server. With {@code play <file-or-bundled-name> [--speed N]
 * [--start ISO]}: plays one scenario against a fresh simulator (seeded from the scenario), waits
 * for every webhook delivery to finish, prints a summary and exits.
 */
@QuarkusMain
public class SimulatorMain {

  public static void main(String... args) {
    Quarkus.run(App.class, args);
  }

  /** The Quarkus application: serve, or play and exit. */
  public static class App implements QuarkusApplication {

    private final PlayCommand play;

    public App(PlayCommand play) {
      this.play = play;
    }

    @Override
    public int run(String... args) throws Exception {
      if (args.length > 0 && args[0].equals("play")) {
        return play.run(args);
      }
      Quarkus.waitForExit();
      return 0;
    }
  }
}
