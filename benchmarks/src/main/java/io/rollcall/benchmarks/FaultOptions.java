package io.rollcall.benchmarks;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fault-injection harness's settings, from {@code --name value} pairs
 * (benchmarks/fault-injection.sh maps its environment variables onto them); the stack's URLs,
 * secret and API key are read by {@link PipelineOptions} from the same arguments.
 *
 * @param invitees people in the meeting stream (all invitees, each with their own link)
 * @param rate joins and leaves per second offered
 * @param duplicateShare share of webhooks Zoom delivers twice (0.10)
 * @param settleSeconds seconds of load between a fault's recovery and the next fault
 * @param pauseSeconds how long the paused service stays stopped (longer than the consumers' 45 s
 *     session timeout, so their groups rebalance)
 * @param pauseService the service paused with SIGSTOP / SIGCONT
 * @param tailSeconds seconds of load after the last fault before everyone leaves
 * @param convergeTimeoutSeconds how long to wait for the attendance to match the truth
 * @param poisonEvery one poison message into each consumer's topic every this many events (0: none)
 * @param runDir ./rollcall's run folder (pid files and supervisor.status)
 * @param postgresDataDir PostgreSQL's data folder (postmaster.pid names the server)
 * @param servicePorts service name → HTTP port, for their readiness
 */
record FaultOptions(
    int invitees,
    double rate,
    double duplicateShare,
    int settleSeconds,
    int pauseSeconds,
    String pauseService,
    int tailSeconds,
    int convergeTimeoutSeconds,
    int poisonEvery,
    Path runDir,
    Path postgresDataDir,
    Map<String, Integer> servicePorts) {

  static FaultOptions parse(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    return new FaultOptions(
        Integer.parseInt(o.getOrDefault("invitees", "500")),
        Double.parseDouble(o.getOrDefault("rate", "25")),
        Double.parseDouble(o.getOrDefault("duplicates", "0.10")),
        Integer.parseInt(o.getOrDefault("settle-seconds", "10")),
        Integer.parseInt(o.getOrDefault("pause-seconds", "60")),
        o.getOrDefault("pause-service", "identity-service"),
        Integer.parseInt(o.getOrDefault("tail-seconds", "5")),
        Integer.parseInt(o.getOrDefault("converge-timeout-seconds", "300")),
        Integer.parseInt(o.getOrDefault("poison-every", "250")),
        Path.of(o.getOrDefault("run-dir", ".rollcall/run")),
        Path.of(o.getOrDefault("postgres-data", ".rollcall/postgres")),
        ports(
            o.getOrDefault(
                "service-ports",
                "ingest-service=8081,identity-service=8082,attendance-service=8083,"
                    + "meeting-service=8084")));
  }

  /** The services killed in turn, identity-service twice. */
  List<String> servicesToKill() {
    return List.of(
        "ingest-service",
        "identity-service",
        "attendance-service",
        "meeting-service",
        "identity-service");
  }

  private static Map<String, Integer> ports(String csv) {
    Map<String, Integer> ports = new LinkedHashMap<>();
    for (String pair : csv.split(",")) {
      String[] kv = pair.split("=");
      ports.put(kv[0].trim(), Integer.valueOf(kv[1].trim()));
    }
    return ports;
  }
}
