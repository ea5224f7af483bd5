package io.rollcall.localstack.supervision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@code run/supervisor.status}: one tab-separated line per component (name, phase, pid, restarts,
 * last exit code, since, note), replaced atomically on every change; {@code ./rollcall status}
 * reads it.
 */
public final class StatusFile {
  static final String HEADER = "# component\tphase\tpid\trestarts\tlast_exit\tsince\tnote";

  private final Path file;

  /** The status file in {@code runDir}. */
  public StatusFile(Path runDir) {
    this.file = runDir.resolve("supervisor.status");
  }

  /** Replaces the file with these states. */
  public void write(Collection<ComponentState> states) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    states.forEach(s -> lines.add(s.line()));
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.write(temporary, lines);
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The states last written; empty if there is no file. */
  public List<ComponentState> read() {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      return Files.readAllLines(file).stream()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(ComponentState::parse)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
