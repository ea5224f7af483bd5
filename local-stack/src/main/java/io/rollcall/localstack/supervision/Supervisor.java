package io.rollcall.localstack.supervision;

import io.rollcall.localstack.supervision.ComponentState.Phase;
import io.rollcall.localstack.supervision.RestartHistory.Decision;
import io.rollcall.localstack.supervision.RestartHistory.GiveUp;
import io.rollcall.localstack.supervision.RestartHistory.Restart;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the local stack's components as child processes and keeps them running: starts them stage by
 * stage, restarts one that dies as its {@link RestartHistory} decides (with a line in its log, in
 * the supervisor's own output and in the status file), leaves one that keeps dying down, and stops
 * them all — services first, then Kafka and PostgreSQL — on {@link #stopAll()}.
 *
 * <p>Each component's output is appended to {@code <logs>/<name>.log}; its pid is in {@code
 * <run>/<name>.pid} while it runs; the states are in {@code <run>/supervisor.status}.
 */
public final class Supervisor {
  private static final Duration SERVICE_GRACE = Duration.ofSeconds(30);
  private static final Duration INFRASTRUCTURE_GRACE = Duration.ofSeconds(60);
  private static final long READY_POLL_MS = 250;

  private final Map<String, Component> components = new LinkedHashMap<>();
  private final Path runDir;
  private final Path logsDir;
  private final InstantSource clock;
  private final StatusFile status;
  private final PrintStream out;
  private final ScheduledExecutorService restarts =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "rollcall-supervisor-restarts");
            t.setDaemon(true);
            return t;
          });
  // Watches a started component until its ready check passes, then shows it running; apart from
  // the restarts, so that a slow HTTP check never delays one.
  private final ScheduledExecutorService readiness =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "rollcall-supervisor-readiness");
            t.setDaemon(true);
            return t;
          });
  private boolean stopping;

  /** A supervisor of {@code specs}; nothing runs until {@link #startAll()}. */
  public Supervisor(
      List<ComponentSpec> specs,
      RestartPolicy policy,
      Path runDir,
      Path logsDir,
      InstantSource clock,
      PrintStream out) {
    this.runDir = runDir;
    this.logsDir = logsDir;
    this.clock = clock;
    this.status = new StatusFile(runDir);
    this.out = out;
    for (ComponentSpec spec : specs) {
      components.put(spec.name(), new Component(spec, new RestartHistory(policy, clock)));
    }
  }

  /**
   * Starts every component, stage by stage: a stage starts once each component of the stages before
   * it is ready (or was given up on). Returns when the last stage has been started.
   */
  public void startAll() throws IOException, InterruptedException {
    Files.createDirectories(runDir);
    Files.createDirectories(logsDir);
    TreeSet<Integer> stages = new TreeSet<>();
    components.values().forEach(c -> stages.add(c.spec.stage()));
    for (int stage : stages) {
      List<Component> group = inStage(stage);
      for (Component c : group) {
        Files.write(log(c), new byte[0]); // a fresh log per 'up'; restarts append to it
        start(c);
      }
      for (Component c : group) {
        awaitReady(c);
      }
    }
  }

  /** Stops every component, latest stage first, each within its grace period, and no restarts. */
  public void stopAll() {
    synchronized (this) {
      if (stopping) {
        return;
      }
      stopping = true;
    }
    restarts.shutdownNow();
    readiness.shutdownNow();
    List<Integer> stages = new ArrayList<>(new TreeSet<>(stagesOf()).descendingSet());
    for (int stage : stages) {
      List<Component> group = inStage(stage);
      group.forEach(c -> c.process().ifPresent(Process::destroy));
      for (Component c : group) {
        stop(c, stage == 0 ? INFRASTRUCTURE_GRACE : SERVICE_GRACE);
      }
    }
    say("stopped every component");
  }

  /** The components' states now. */
  public synchronized List<ComponentState> states() {
    return components.values().stream().map(c -> c.state).toList();
  }

  private void stop(Component c, Duration grace) {
    c.process()
        .ifPresent(
            p -> {
              try {
                if (!p.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                  say(
                      c.spec.name()
                          + " did not stop within "
                          + grace.toSeconds()
                          + " s; killing it");
                  p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
              }
            });
    synchronized (this) {
      deletePidFile(c);
      if (c.state.phase() != Phase.GAVE_UP) {
        c.update(Phase.STOPPED, -1, c.state.lastExit(), "stopped");
      }
      writeStatus();
    }
  }

  private synchronized void start(Component c) {
    if (stopping) {
      return;
    }
    try {
      Path log = log(c);
      c.logOffset = Files.size(log);
      Process process =
          new ProcessBuilder(c.spec.command())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      c.process = process;
      Files.writeString(pidFile(c), process.pid() + "\n");
      c.history.started();
      // Running only once its ready check passes: its log from this start on (an earlier run's
      // READY line does not count), or its health URL. Until then it is starting.
      c.update(Phase.STARTING, process.pid(), c.state.lastExit(), c.state.note());
      watchReady(c, process, c.logOffset);
      process.onExit().thenAccept(this::exited);
    } catch (IOException e) {
      tell(c, "could not be started: " + e.getMessage());
      c.process = null;
      decide(c, -1);
    }
    writeStatus();
  }

  /** Polls {@code c}'s ready check for this run of it and marks it running once it passes. */
  private void watchReady(Component c, Process process, long logOffset) {
    readiness.schedule(
        () -> {
          synchronized (this) {
            if (stopping || c.process != process || !process.isAlive()) {
              return;
            }
          }
          boolean ready = c.spec.ready().isReady(log(c), logOffset);
          synchronized (this) {
            if (stopping || c.process != process) {
              return;
            }
            if (ready) {
              c.update(Phase.RUNNING, process.pid(), c.state.lastExit(), c.state.note());
              writeStatus();
              return;
            }
          }
          watchReady(c, process, logOffset);
        },
        READY_POLL_MS,
        TimeUnit.MILLISECONDS);
  }

  private synchronized void exited(Process process) {
    Component c =
        components.values().stream().filter(x -> x.process == process).findFirst().orElse(null);
    if (c == null || stopping) {
      return;
    }
    c.process = null;
    deletePidFile(c);
    decide(c, process.exitValue());
    writeStatus();
  }

  private void decide(Component c, int exitCode) {
    Decision decision = c.history.died();
    if (decision instanceof Restart restart) {
      String note =
          "exited with code "
              + exitCode
              + "; restart "
              + restart.restart()
              + " in "
              + restart.delay().toMillis()
              + " ms";
      c.restarts = restart.restart();
      c.update(Phase.RESTARTING, -1, exitCode, note);
      tell(c, note);
      restarts.schedule(() -> start(c), restart.delay().toMillis(), TimeUnit.MILLISECONDS);
    } else if (decision instanceof GiveUp giveUp) {
      String note =
          "GAVE UP: exited "
              + giveUp.deaths()
              + " times within "
              + giveUp.window().toSeconds()
              + " s (last exit code "
              + exitCode
              + "); left down, the rest keeps running. Fix it, then ./rollcall down && ./rollcall"
              + " up";
      c.update(Phase.GAVE_UP, -1, exitCode, note);
      tell(c, "!!! " + note);
    }
  }

  private void awaitReady(Component c) throws InterruptedException {
    while (true) {
      long offset;
      synchronized (this) {
        if (stopping || c.state.phase() == Phase.GAVE_UP) {
          return;
        }
        offset = c.process == null ? -1 : c.logOffset;
      }
      if (offset >= 0 && c.spec.ready().isReady(log(c), offset)) {
        return;
      }
      Thread.sleep(READY_POLL_MS);
    }
  }

  private void tell(Component c, String what) {
    String line = clock.instant() + " [rollcall supervisor] " + c.spec.name() + " " + what;
    say(c.spec.name() + " " + what);
    try {
      Files.writeString(
          log(c),
          line + System.lineSeparator(),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      say("cannot write to " + log(c) + ": " + e.getMessage());
    }
  }

  private void say(String what) {
    out.println(clock.instant() + " " + what);
    out.flush();
  }

  private void writeStatus() {
    status.write(components.values().stream().map(c -> c.state).toList());
  }

  private void deletePidFile(Component c) {
    try {
      Files.deleteIfExists(pidFile(c));
    } catch (IOException e) {
      say("cannot delete " + pidFile(c) + ": " + e.getMessage());
    }
  }

  private List<Component> inStage(int stage) {
    return components.values().stream().filter(c -> c.spec.stage() == stage).toList();
  }

  private List<Integer> stagesOf() {
    return components.values().stream().map(c -> c.spec.stage()).toList();
  }

  private Path log(Component c) {
    return logsDir.resolve(c.spec.name() + ".log");
  }

  private Path pidFile(Component c) {
    return runDir.resolve(c.spec.name() + ".pid");
  }

  /** One supervised component; guarded by the supervisor's lock. */
  private final class Component {
    final ComponentSpec spec;
    final RestartHistory history;
    Process process;
    long logOffset;
    int restarts;
    ComponentState state;

    Component(ComponentSpec spec, RestartHistory history) {
      this.spec = spec;
      this.history = history;
      this.state =
          new ComponentState(spec.name(), Phase.STARTING, -1, 0, null, clock.instant(), "");
    }

    Optional<Process> process() {
      synchronized (Supervisor.this) {
        return Optional.ofNullable(process);
      }
    }

    void update(Phase phase, long pid, Integer lastExit, String note) {
      state =
          new ComponentState(spec.name(), phase, pid, restarts, lastExit, clock.instant(), note);
    }
  }
}
