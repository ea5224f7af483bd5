package io.rollcall.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rollcall.events.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml must say what the services read: their ports, the environment variables their
 * configuration knows, the databases of the local stack and every topic of the events module.
 */
class DockerComposeTest {

  private static final List<String> APPS =
      List.of(
          "ingest-service",
          "identity-service",
          "attendance-service",
          "meeting-service",
          "zoom-simulator");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:?)");
  private static final Path ROOT = root();
  private static final Map<String, Object> COMPOSE = load(ROOT.resolve("docker-compose.yml"));

  @Test
  void composeRunsKafkaPostgresTheFourServicesAndTheSimulatorOnlyUnderTheDemoProfile() {
    assertThat(services().keySet()).containsAll(APPS).contains("kafka", "postgres");
    assertThat((String) service("kafka").get("image")).startsWith("apache/kafka:");
    assertThat((String) service("postgres").get("image")).startsWith("postgres:");
    assertThat(service("zoom-simulator").get("profiles")).isEqualTo(List.of("demo"));
    for (String app : APPS.subList(0, 4)) {
      assertThat(service(app)).as(app).doesNotContainKey("profiles");
    }
  }

  @Test
  void eachApplicationRunsTheProjectImageOnItsConfiguredPortWithAReadinessCheck() {
    String version = System.getProperty("rollcall.version", "0.1.0-SNAPSHOT");
    for (String app : APPS) {
      Map<String, Object> s = service(app);
      String port = properties(app).getProperty("quarkus.http.port");
      assertThat(s.get("image")).as(app).isEqualTo("rollcall/" + app + ":" + version);
      assertThat(s.get("ports")).as(app).isEqualTo(List.of(port + ":" + port));
      assertThat(String.valueOf(map(s, "healthcheck").get("test")))
          .as(app)
          .contains("127.0.0.1:" + port + "/q/health/ready");
    }
  }

  @Test
  void everyEnvironmentVariableIsOneTheServiceReads() {
    for (String app : APPS) {
      Set<String> known = knownVariables(app);
      assertThat(environment(app).keySet()).as(app + " reads these").isSubsetOf(known);
    }
  }

  @Test
  void everyVariableAServiceRequiresIsSet() {
    for (String app : APPS) {
      Properties props = properties(app);
      Set<String> required = new HashSet<>(requiredPlaceholders(app));
      if (props.containsKey("kafka.bootstrap.servers")) {
        required.add("KAFKA_BOOTSTRAP_SERVERS");
      }
      if (props.containsKey("quarkus.datasource.db-kind")) {
        required.addAll(
            List.of(
                "QUARKUS_DATASOURCE_JDBC_URL",
                "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD"));
      }
      assertThat(environment(app).keySet()).as(app).containsAll(required);
    }
    assertThat(environment("meeting-service"))
        .containsKeys("ROLLCALL_API_KEYS", "ROLLCALL_ZOOM_API_URL", "ROLLCALL_ZOOM_OAUTH_URL");
    assertThat(environment("attendance-service")).containsKey("ROLLCALL_API_KEYS");
    assertThat(environment("zoom-simulator"))
        .containsEntry("ZOOM_SIM_WEBHOOK_URL", "http://ingest-service:8081/zoom/webhooks");
  }

  @Test
  void eachServiceUsesTheLocalStacksDatabaseWhichTheInitScriptCreates() throws IOException {
    String script = Files.readString(ROOT.resolve("rollcall"));
    String init = Files.readString(ROOT.resolve("demo/docker/postgres-init.sql"));
    for (String app : List.of("identity-service", "attendance-service", "meeting-service")) {
      String databases = script.substring(script.indexOf("service_database() {"));
      Matcher local = Pattern.compile(app + "\\) echo (\\w+)").matcher(databases);
      assertThat(local.find()).as("./rollcall names %s's database", app).isTrue();
      String database = local.group(1);
      assertThat(environment(app).get("QUARKUS_DATASOURCE_JDBC_URL"))
          .isEqualTo("jdbc:postgresql://postgres:5432/" + database);
      assertThat(init).contains("CREATE DATABASE " + database + ";");
    }
    assertThat(String.valueOf(service("postgres").get("volumes")))
        .contains("./demo/docker/postgres-init.sql:/docker-entrypoint-initdb.d/");
  }

  @Test
  void everyTopicOfTheEventsModuleIsCreatedAndTheCompactedOnesCompacted() {
    Map<String, String> created = new HashMap<>();
    for (Object part : (List<?>) service("kafka-topics").get("command")) {
      for (String line : String.valueOf(part).split("\n")) {
        String[] words = line.strip().split(" ", 3);
        if (words.length >= 2 && words[0].equals("create")) {
          created.put(words[1], words.length == 3 ? words[2] : "");
        }
      }
    }
    Map<String, String> expected = new HashMap<>();
    Topics.all().forEach(topic -> expected.put(topic, ""));
    String compacted =
        Topics.compactedConfig().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> "--config " + e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(" "));
    Topics.compacted().forEach(topic -> expected.put(topic, compacted));
    assertThat(created).isEqualTo(expected);
    for (String app : APPS.subList(0, 4)) {
      assertThat(environment(app)).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:19092");
    }
  }

  @Test
  void dockerComposeAcceptsTheFile() throws IOException, InterruptedException {
    Path tool = onPath("docker-compose");
    assumeTrue(
        tool != null,
        "docker-compose is not on the PATH: `docker-compose config` validation skipped"
            + " (.ci/run installs Debian's docker-compose)");
    for (List<String> profile : List.of(List.<String>of(), List.of("--profile", "demo"))) {
      List<String> command = new ArrayList<>(List.of(tool.toString(), "-f", "docker-compose.yml"));
      command.addAll(profile);
      command.addAll(List.of("config", "-q"));
      ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
      builder.environment().put("ROLLCALL_ZOOM_WEBHOOK_SECRETS", "compose-check-secret");
      builder.environment().put("ROLLCALL_API_KEYS", "compose-check-key");
      builder.redirectErrorStream(true);
      Process process = builder.start();
      String output;
      try (InputStream in = process.getInputStream()) {
        output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
    }
  }

  /**
   * What a service's configuration reads from the environment: its placeholders, the environment
   * form of its Quarkus properties, and the variables its README documents or its code names.
   */
  private static Set<String> knownVariables(String app) {
    Set<String> known = new HashSet<>();
    Matcher m =
        PLACEHOLDER.matcher(read(ROOT.resolve(app + "/src/main/resources/application.properties")));
    while (m.find()) {
      known.add(m.group(1));
    }
    for (String property : properties(app).stringPropertyNames()) {
      String key = property.replaceFirst("^%[^.]+\\.", "");
      if (key.startsWith("quarkus.")) {
        known.add(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
      }
    }
    Path readme = ROOT.resolve(app + "/README.md");
    StringBuilder documented = new StringBuilder(Files.exists(readme) ? read(readme) : "");
    try (Stream<Path> sources = Files.walk(ROOT.resolve(app + "/src/main/java"))) {
      sources.filter(Files::isRegularFile).forEach(f -> documented.append(read(f)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher names =
        Pattern.compile("\\b(ROLLCALL_[A-Z0-9_]+|ZOOM_SIM_[A-Z0-9_]+)\\b").matcher(documented);
    while (names.find()) {
      known.add(names.group(1));
    }
    return known;
  }

  /**
   * Placeholders without a default outside profile-specific lines: the app cannot start without.
   */
  private static Set<String> requiredPlaceholders(String app) {
    Set<String> required = new HashSet<>();
    for (String line :
        read(ROOT.resolve(app + "/src/main/resources/application.properties")).split("\n")) {
      if (line.startsWith("%") || line.startsWith("#")) {
        continue;
      }
      Matcher m = PLACEHOLDER.matcher(line);
      while (m.find()) {
        if (m.group(2).isEmpty()) {
          required.add(m.group(1));
        }
      }
    }
    return required;
  }

  private static Properties properties(String app) {
    Properties p = new Properties();
    try (var reader =
        Files.newBufferedReader(ROOT.resolve(app + "/src/main/resources/application.properties"))) {
      p.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static Map<String, Object> environment(String app) {
    return map(service(app), "environment");
  }

  private static Map<String, Object> services() {
    return map(COMPOSE, "services");
  }

  private static Map<String, Object> service(String name) {
    return map(services(), name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    assertThat(value).as(key).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  private static Map<String, Object> load(Path file) {
    // SnakeYAML resolves anchors and merge keys (<<) as docker-compose does.
    return new Yaml(new LoaderOptions()).load(read(file));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(dir, tool);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(
          "docker-compose.yml not found above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
