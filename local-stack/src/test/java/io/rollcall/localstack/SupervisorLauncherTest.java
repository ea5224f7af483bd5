package io.rollcall.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rollcall.localstack.supervision.ComponentState;
import io.rollcall.localstack.supervision.ComponentState.Phase;
import io.rollcall.localstack.supervision.StatusFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervisor as {@code ./rollcall up} runs it: its own JVM, with PostgreSQL's launcher, a
 * component that runs quietly and one that exits at once, on a fast restart policy.
 */
class SupervisorLauncherTest {
  private static final Duration RESTART_WAIT = Duration.ofSeconds(60);

  @TempDir static Path dir;
  private static LauncherProcess supervisor;
  private static int postgresPort;
  private static final List<ProcessHandle> seen = new ArrayList<>();

  @BeforeAll
  static void startSupervisor() throws Exception {
    postgresPort = LauncherProcess.freePort();
    Path spec = dir.resolve("run").resolve("components.spec");
    Files.createDirectories(spec.getParent());
    Files.write(spec, specLines());
    supervisor =
        LauncherProcess.start(
            SupervisorLauncher.class,
            dir.resolve("supervisor.log"),
            "--spec",
            spec.toString(),
            "--logs-dir",
            dir.resolve("logs").toString(),
            "--restart-first-delay-ms",
            "200",
            "--restart-max-delay-ms",
            "1000");
    supervisor.awaitReady(Duration.ofSeconds(90));
  }

  @AfterAll
  static void downStopsEverythingAndLeavesNothingBehind() throws Exception {
    seen.add(pid("postgres"));
    seen.add(pid("steady"));
    supervisor.stop();

    assertThat(seen).noneMatch(ProcessHandle::isAlive);
    assertThat(states()).allMatch(s -> s.phase() == Phase.STOPPED || s.phase() == Phase.GAVE_UP);
    assertThat(dir.resolve("run").resolve("postgres.pid")).doesNotExist();
    assertThat(dir.resolve("data").resolve("postmaster.pid")).doesNotExist();
    assertThat(Ports.isFree(postgresPort)).isTrue();
  }

  @Test
  void launcherKilledWithSigkillIsRestartedAndStatusShowsTheRestart() throws Exception {
    ProcessHandle launcher = pid("postgres");
    int restartsBefore = state("postgres").restarts();

    launcher.destroyForcibly();

    await()
        .atMost(RESTART_WAIT)
        .untilAsserted(
            () -> {
              ComponentState postgres = state("postgres");
              assertThat(postgres.phase()).isEqualTo(Phase.RUNNING);
              assertThat(postgres.restarts()).isEqualTo(restartsBefore + 1);
              assertThat(postgres.lastExit()).isEqualTo(137);
              assertThat(postgres.pid()).isNotEqualTo(launcher.pid());
              assertThat(selectOne()).isTrue();
            });
    assertThat(Files.readString(dir.resolve("logs").resolve("postgres.log")))
        .contains("[rollcall supervisor] postgres exited with code 137; restart");
    seen.add(launcher);
  }

  @Test
  void serverKilledWithSigkillTakesItsLauncherDownAndBothComeBack() throws Exception {
    // The server of the launcher now running. The supervisor shows a restarted launcher running
    // only once it printed READY in this run: before, it showed the new launcher running at once
    // (its log still held the previous run's READY) while the killed launcher's server still
    // answered, and this test killed the new server in the middle of its start-up (seen in full
    // module builds: the launcher then waited out its 60 s start-up).
    await()
        .atMost(RESTART_WAIT)
        .until(() -> state("postgres").phase() == Phase.RUNNING && selectOne());
    long server = Long.parseLong(Files.readAllLines(postmasterPid()).get(0).trim());
    int restartsBefore = state("postgres").restarts();

    ProcessHandle.of(server).ifPresent(ProcessHandle::destroyForcibly);

    await()
        .atMost(RESTART_WAIT)
        .untilAsserted(
            () -> {
              ComponentState postgres = state("postgres");
              assertThat(postgres.restarts()).isEqualTo(restartsBefore + 1);
              assertThat(postgres.lastExit()).isEqualTo(Launcher.EXIT_FAILURE);
              assertThat(selectOne()).isTrue();
            });
  }

  @Test
  void componentThatKeepsDyingIsGivenUpOnWhileTheOthersKeepRunning() throws Exception {
    await()
        .atMost(RESTART_WAIT)
        .untilAsserted(() -> assertThat(state("crasher").phase()).isEqualTo(Phase.GAVE_UP));

    ComponentState crasher = state("crasher");
    assertThat(crasher.restarts()).isEqualTo(4);
    assertThat(crasher.lastExit()).isEqualTo(3);
    assertThat(crasher.note()).contains("GAVE UP: exited 5 times within 120 s");
    assertThat(supervisor.log()).contains("crasher !!! GAVE UP");
    ComponentState steady = state("steady");
    assertThat(steady.phase()).isEqualTo(Phase.RUNNING);
    assertThat(steady.restarts()).isZero();
    assertThat(pid("steady").isAlive()).isTrue();
  }

  private static List<String> specLines() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return List.of(
        "component postgres",
        "stage 0",
        "ready log READY",
        "arg " + java,
        "arg -Xmx128m",
        "arg -XX:TieredStopAtLevel=1",
        "arg -cp",
        "arg " + LauncherProcess.classpath(),
        "arg " + PostgresLauncher.class.getName(),
        "arg --port",
        "arg " + postgresPort,
        "arg --data-dir",
        "arg " + dir.resolve("data"),
        "component steady",
        "stage 1",
        "arg sleep",
        "arg 600",
        "component crasher",
        "stage 1",
        "arg sh",
        "arg -c",
        "arg echo 'cannot start'; exit 3");
  }

  private static ComponentState state(String name) {
    return states().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<ComponentState> states() {
    return new StatusFile(dir.resolve("run")).read();
  }

  private static ProcessHandle pid(String name) throws IOException {
    long pid = Long.parseLong(Files.readString(dir.resolve("run").resolve(name + ".pid")).trim());
    return ProcessHandle.of(pid).orElseThrow();
  }

  private static Path postmasterPid() {
    return dir.resolve("data").resolve("postmaster.pid");
  }

  private static boolean selectOne() {
    String url = "jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres";
    try (var c =
            DriverManager.getConnection(url, PostgresLauncher.USER, PostgresLauncher.PASSWORD);
        var rows = c.createStatement().executeQuery("SELECT 1")) {
      return rows.next();
    } catch (Exception e) {
      return false;
    }
  }
}
