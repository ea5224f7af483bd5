package io.rollcall.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a service's application.properties says that the manifests must agree with. */
record ServiceConfig(String service, int httpPort, List<String> consumedTopics) {
  static final List<String> SERVICES =
      List.of("ingest-service", "identity-service", "attendance-service", "meeting-service");

  private static final Pattern INCOMING_TOPIC =
      Pattern.compile("^mp\\.messaging\\.incoming\\.[^.]+\\.topic$");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::[^}]*)?}");

  static ServiceConfig of(String service) {
    Properties props =
        load(DeployPaths.root().resolve(service + "/src/main/resources/application.properties"));
    Properties topics = topicNames();
    int port = Integer.parseInt(props.getProperty("quarkus.http.port", "8080").trim());
    List<String> consumed =
        props.stringPropertyNames().stream()
            .filter(k -> INCOMING_TOPIC.matcher(k).matches())
            // A channel whose group is unique per instance (${quarkus.uuid}) is read whole by
            // every replica (the credentials topic): its partitions bound nothing.
            .filter(k -> !groupOf(props, k).contains("${quarkus.uuid}"))
            .map(k -> resolve(props.getProperty(k).trim(), topics))
            .distinct()
            .sorted()
            .toList();
    return new ServiceConfig(service, port, consumed);
  }

  private static String groupOf(Properties props, String topicKey) {
    String groupKey = topicKey.substring(0, topicKey.length() - "topic".length()) + "group.id";
    return props.getProperty(groupKey, "");
  }

  private static String resolve(String value, Properties topics) {
    Matcher m = PLACEHOLDER.matcher(value);
    if (!m.matches()) {
      return value;
    }
    String name = topics.getProperty(m.group(1));
    if (name == null) {
      throw new AssertionError("unknown topic placeholder " + value);
    }
    return name;
  }

  private static Properties topicNames() {
    Properties p = new Properties();
    try (InputStream in =
        ServiceConfig.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static Properties load(Path file) {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** The service's {@code quarkus.kubernetes.*} properties (default profile), as written. */
  static java.util.Map<String, String> kubernetesProperties(String service) {
    Properties props =
        load(DeployPaths.root().resolve(service + "/src/main/resources/application.properties"));
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    for (String key : props.stringPropertyNames()) {
      if (key.startsWith("quarkus.kubernetes.")) {
        out.put(key, props.getProperty(key).trim());
      }
    }
    return out;
  }
}
