package io.rollcall.simulator.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.rollcall.simulator.service.SimException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads scenario files (YAML, or JSON which YAML reads too) and the bundled ones by name. */
public final class ScenarioParser {

  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private ScenarioParser() {}

  public static Scenario parse(String text) {
    try {
      Scenario s = YAML.readValue(text, Scenario.class);
      if (s == null || s.steps() == null || s.steps().isEmpty()) {
        throw new SimException(400, "a scenario needs steps");
      }
      s.steps().forEach(step -> Offsets.parse(step.at()));
      return s;
    } catch (IOException | IllegalArgumentException e) {
      throw new SimException(400, "unreadable scenario: " + e.getMessage());
    }
  }

  /** A bundled scenario's text (src/main/resources/scenarios/{name}.yaml). */
  public static String bundled(String name) {
    if (!name.matches("[a-z0-9-]+")) {
      throw new SimException(404, "no bundled scenario " + name);
    }
    try (InputStream in =
        ScenarioParser.class.getResourceAsStream(
            "/scenarios/" + name + (name.equals("index") ? ".txt" : ".yaml"))) {
      if (in == null) {
        throw new SimException(404, "no bundled scenario " + name + "; see GET /sim/scenarios");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SimException(500, "cannot read bundled scenario " + name);
    }
  }

  public static List<String> bundledNames() {
    return bundled("index").lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
  }

  /** A path to a file, or else the name of a bundled scenario. */
  public static String fileOrBundled(String ref) throws IOException {
    Path path = Path.of(ref);
    return Files.isRegularFile(path) ? Files.readString(path) : bundled(ref);
  }
}
