package io.rollcall.localstack;

import io.rollcall.localstack.supervision.ComponentSpec;
import io.rollcall.localstack.supervision.RestartPolicy;
import io.rollcall.localstack.supervision.Supervisor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The process {@code ./rollcall up} leaves running: a {@link Supervisor} of the components listed
 * in the spec file {@code ./rollcall} writes. Prints {@code READY supervisor} once every stage has
 * been started; stops every component on SIGTERM ({@code ./rollcall down}, Ctrl-C of a foreground
 * {@code up}).
 *
 * <p>Settings: {@code --spec} (required), {@code --run-dir} / {@code --logs-dir} (beside the spec
 * file), and the restart policy: {@code --restart-first-delay-ms} / {@code
 * ROLLCALL_RESTART_FIRST_DELAY_MS} (1000), {@code --restart-max-delay-ms} (30000), {@code
 * --restart-healthy-after-ms} (60000), {@code --restart-max-deaths} (5), {@code
 * --restart-death-window-ms} (120000), each also as the {@code ROLLCALL_RESTART_*} variable.
 */
public final class SupervisorLauncher {
  private SupervisorLauncher() {}

  public static void main(String[] args) throws InterruptedException {
    Launcher.start("supervisor", () -> run(LaunchOptions.of(args)));
    new CountDownLatch(1).await(); // until SIGTERM; the shutdown hook stops the components
  }

  private static void run(LaunchOptions options) throws Exception {
    String specText = options.text("spec", "ROLLCALL_SUPERVISOR_SPEC", null);
    if (specText == null) {
      throw new IllegalArgumentException("--spec <file> is required");
    }
    Path spec = Path.of(specText).toAbsolutePath();
    Path runDir = options.path("run-dir", "ROLLCALL_RUN_DIR", spec.getParent().toString());
    Path logsDir =
        options.path("logs-dir", "ROLLCALL_LOGS_DIR", runDir.resolveSibling("logs").toString());
    List<ComponentSpec> specs = ComponentSpec.read(spec);
    Supervisor supervisor =
        new Supervisor(specs, policy(options), runDir, logsDir, InstantSource.system(), System.out);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(supervisor::stopAll, "rollcall-supervisor-stop"));
    supervisor.startAll();
    Launcher.announceReady("supervisor", spec.toString());
  }

  static RestartPolicy policy(LaunchOptions o) {
    RestartPolicy d = RestartPolicy.DEFAULT;
    return new RestartPolicy(
        millis(o, "restart-first-delay-ms", "ROLLCALL_RESTART_FIRST_DELAY_MS", d.firstDelay()),
        millis(o, "restart-max-delay-ms", "ROLLCALL_RESTART_MAX_DELAY_MS", d.maxDelay()),
        millis(
            o, "restart-healthy-after-ms", "ROLLCALL_RESTART_HEALTHY_AFTER_MS", d.healthyAfter()),
        Integer.parseInt(
            o.text(
                "restart-max-deaths",
                "ROLLCALL_RESTART_MAX_DEATHS",
                String.valueOf(d.maxDeaths()))),
        millis(o, "restart-death-window-ms", "ROLLCALL_RESTART_DEATH_WINDOW_MS", d.deathWindow()));
  }

  private static Duration millis(LaunchOptions o, String name, String env, Duration fallback) {
    return Duration.ofMillis(
        Long.parseLong(o.text(name, env, String.valueOf(fallback.toMillis()))));
  }
}
