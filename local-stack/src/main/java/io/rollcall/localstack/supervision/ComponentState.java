package io.rollcall.localstack.supervision;

import java.time.Instant;

/**
 * What the supervisor knows of one component, as {@code ./rollcall status} shows it.
 *
 * @param name the component
 * @param phase starting, running, restarting, gave-up or stopped
 * @param pid its process id while it runs, else -1
 * @param restarts how many times it was restarted
 * @param lastExit its last exit code (137 after {@code kill -9}), or null if it never exited
 * @param since when it entered this phase
 * @param note what happened, in words (empty if nothing)
 */
public record ComponentState(
    String name,
    Phase phase,
    long pid,
    int restarts,
    Integer lastExit,
    Instant since,
    String note) {

  /** A component's phase under the supervisor. */
  public enum Phase {
    STARTING,
    RUNNING,
    RESTARTING,
    GAVE_UP,
    STOPPED;

    /** As written in the status file: {@code gave-up}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** One tab-separated line of the status file. */
  String line() {
    return String.join(
        "\t",
        name,
        phase.label(),
        pid < 0 ? "-" : String.valueOf(pid),
        String.valueOf(restarts),
        lastExit == null ? "-" : String.valueOf(lastExit),
        since.toString(),
        note.isEmpty() ? "-" : note.replace('\t', ' ').replace('\n', ' '));
  }

  /** Parses a line written by {@link #line()}. */
  static ComponentState parse(String line) {
    String[] f = line.split("\t", -1);
    return new ComponentState(
        f[0],
        Phase.valueOf(f[1].toUpperCase(java.util.Locale.ROOT).replace('-', '_')),
        f[2].equals("-") ? -1 : Long.parseLong(f[2]),
        Integer.parseInt(f[3]),
        f[4].equals("-") ? null : Integer.valueOf(f[4]),
        Instant.parse(f[5]),
        f[6].equals("-") ? "" : f[6]);
  }
}
