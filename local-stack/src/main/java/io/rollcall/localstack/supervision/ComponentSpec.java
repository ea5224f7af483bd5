package io.rollcall.localstack.supervision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One component the supervisor runs: its name (also its log and pid file name), its start stage (a
 * stage starts once every component of the earlier stages is ready), how to tell it is ready, and
 * its command line.
 *
 * @param name e.g. {@code kafka}, {@code ingest-service}
 * @param stage 0 for Kafka and PostgreSQL, 1 for the services
 * @param ready when it counts as started, for the next stage
 * @param command the program and its arguments, run as given (no shell)
 */
public record ComponentSpec(String name, int stage, ReadyCheck ready, List<String> command) {

  /** Copies the command. */
  public ComponentSpec {
    command = List.copyOf(command);
    if (command.isEmpty()) {
      throw new IllegalArgumentException("component " + name + " has no command");
    }
  }

  /**
   * Reads the spec file {@code ./rollcall} writes: one component per block, one setting per line,
   * each argument on a line of its own so that arguments may contain spaces.
   *
   * <pre>
   * component kafka
   * stage 0
   * ready log READY
   * arg /usr/bin/java
   * arg -Dlocal-stack.component=kafka
   * </pre>
   *
   * {@code ready} is {@code log <line prefix>}, {@code http <url answering 200>} or {@code none}.
   */
  public static List<ComponentSpec> read(Path file) throws IOException {
    return parse(Files.readAllLines(file));
  }

  static List<ComponentSpec> parse(List<String> lines) {
    List<ComponentSpec> specs = new ArrayList<>();
    Builder current = null;
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int space = line.indexOf(' ');
      String key = space < 0 ? line : line.substring(0, space);
      String value = space < 0 ? "" : line.substring(space + 1);
      if (key.equals("component")) {
        if (current != null) {
          specs.add(current.build());
        }
        current = new Builder(value.trim());
      } else if (current == null) {
        throw new IllegalArgumentException("'" + line + "' before any 'component' line");
      } else {
        current.set(key, value);
      }
    }
    if (current != null) {
      specs.add(current.build());
    }
    return specs;
  }

  private static final class Builder {
    private final String name;
    private int stage;
    private ReadyCheck ready = ReadyCheck.NONE;
    private final List<String> command = new ArrayList<>();

    Builder(String name) {
      this.name = name;
    }

    void set(String key, String value) {
      switch (key) {
        case "stage" -> stage = Integer.parseInt(value.trim());
        case "ready" -> ready = ReadyCheck.parse(value);
        case "arg" -> command.add(value);
        default -> throw new IllegalArgumentException("unknown setting '" + key + "' of " + name);
      }
    }

    ComponentSpec build() {
      return new ComponentSpec(name, stage, ready, command);
    }
  }
}
