package io.rollcall.localstack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A launcher's settings: {@code --name value} arguments first, then an environment variable, then
 * the default. Both launchers and {@code ./rollcall} use the same environment variable names.
 */
final class LaunchOptions {
  private final Map<String, String> arguments;
  private final Map<String, String> environment;

  LaunchOptions(String[] args, Map<String, String> environment) {
    this.arguments = parse(args);
    this.environment = environment;
  }

  static LaunchOptions of(String[] args) {
    return new LaunchOptions(args, System.getenv());
  }

  String text(String name, String envVariable, String defaultValue) {
    String value = arguments.get(name);
    if (value == null) {
      value = environment.get(envVariable);
    }
    return value == null || value.isBlank() ? defaultValue : value.trim();
  }

  int port(String name, String envVariable, int defaultValue) {
    String value = text(name, envVariable, String.valueOf(defaultValue));
    try {
      int port = Integer.parseInt(value);
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--"
              + name
              + " / "
              + envVariable
              + " must be a port number (1-65535), not '"
              + value
              + "'");
    }
  }

  Path path(String name, String envVariable, String defaultValue) {
    return Path.of(text(name, envVariable, defaultValue)).toAbsolutePath().normalize();
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> parsed = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException(
            "expected '--name value' arguments, got '" + args[i] + "'");
      }
      parsed.put(args[i].substring(2), args[++i]);
    }
    return parsed;
  }
}
