package io.rollcall.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository is, whether Maven runs from the root or from deploy/. */
final class DeployPaths {
  private DeployPaths() {}

  static Path deploy() {
    Path here = Path.of("").toAbsolutePath();
    if (Files.isDirectory(here.resolve("overlays"))) {
      return here;
    }
    return here.resolve("deploy");
  }

  static Path root() {
    return deploy().getParent();
  }

  static Path overlay(String name) {
    return deploy().resolve("overlays").resolve(name);
  }
}
