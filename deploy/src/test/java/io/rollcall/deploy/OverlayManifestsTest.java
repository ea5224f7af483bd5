package io.rollcall.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.rollcall.events.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Builds each overlay with kustomize and checks what Rollcall promises operators: every resource
 * matches its schema, and the services are probed, bounded, hardened, scaled within their
 * partitions and reachable only as the architecture needs.
 */
class OverlayManifestsTest {
  private static final Pattern SECRET_LOOKING =
      Pattern.compile(
          ".*(SECRET|PASSWORD|TOKEN|API_KEY|CLIENT_ID|ACCOUNT_ID|SDK_KEY|CREDENTIAL).*");

  @Test
  void overlaysAreBuiltByARealKustomize() {
    String version = Kustomize.version();
    System.out.println("deploy/: overlays built with " + version.replace('\n', ' '));
    assertThat(version).containsIgnoringCase("kustomize");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void overlayBuildsAndEveryResourceMatchesItsSchemaWithUnknownFieldsRejected(String overlay) {
    Manifests m = Manifests.ofOverlay(overlay);
    assertThat(m.documents()).hasSizeGreaterThan(20);
    List<String> problems = new ArrayList<>();
    for (JsonNode doc : m.documents()) {
      SchemaValidator.validate(doc).forEach(p -> problems.add(Manifests.describe(doc) + ": " + p));
    }
    assertThat(problems).as("schema problems in overlay " + overlay).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyServiceIsDeployedWithItsImageAndPortFromItsConfiguration(String overlay) {
    Manifests m = Manifests.ofOverlay(overlay);
    assertThat(m.ofKind("Deployment").map(Manifests::name))
        .containsExactlyInAnyOrderElementsOf(ServiceConfig.SERVICES);
    for (String service : ServiceConfig.SERVICES) {
      JsonNode container = container(m, service);
      assertThat(container.path("image").asText())
          .as(service)
          .matches(".*/rollcall/" + service + ":[^:]+");
      int port = ServiceConfig.of(service).httpPort();
      assertThat(container.path("ports").get(0).path("containerPort").asInt())
          .as(service)
          .isEqualTo(port);
      JsonNode svc = m.get("Service", service);
      assertThat(svc.path("spec").path("ports").get(0).path("targetPort").asInt()).isEqualTo(port);
      assertThat(svc.path("spec").path("ports").get(0).path("name").asText()).isEqualTo("http");
    }
    assertThat(m.documents().toString())
        .as("zoom-simulator is for tests and demos only")
        .doesNotContain("zoom-simulator");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyServiceHasLivenessReadinessAndStartupProbesOnSmallRyeHealth(String overlay) {
    Manifests m = Manifests.ofOverlay(overlay);
    for (String service : ServiceConfig.SERVICES) {
      JsonNode c = container(m, service);
      int port = ServiceConfig.of(service).httpPort();
      assertProbe(c, "livenessProbe", "/q/health/live", port);
      assertProbe(c, "readinessProbe", "/q/health/ready", port);
      assertProbe(c, "startupProbe", "/q/health/started", port);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyContainerHasCpuAndMemoryRequestsAndLimitsWithRequestsWithinLimits(String overlay) {
    Manifests m = Manifests.ofOverlay(overlay);
    for (String service : ServiceConfig.SERVICES) {
      JsonNode resources = container(m, service).path("resources");
      for (String kind : List.of("requests", "limits")) {
        for (String res : List.of("cpu", "memory")) {
          assertThat(resources.path(kind).path(res).asText())
              .as(service + " " + kind + "." + res)
              .isNotBlank();
        }
      }
      assertThat(Quantities.bytes(resources.path("requests").path("memory").asText()))
          .as(service + " memory request <= limit")
          .isLessThanOrEqualTo(Quantities.bytes(resources.path("limits").path("memory").asText()));
      assertThat(Quantities.millicores(resources.path("requests").path("cpu").asText()))
          .isLessThanOrEqualTo(
              Quantities.millicores(resources.path("limits").path("cpu").asText()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void secretsAreOnlyReferencedNeverWrittenInTheManifests(String overlay) {
    Manifests m = Manifests.ofOverlay(overlay);
    assertThat(m.ofKind("Secret").toList())
        .as("no Secret objects: they are created by the operator")
        .isEmpty();
    assertThat(m.ofKind("ConfigMap").toList()).isEmpty();
    for (String service : ServiceConfig.SERVICES) {
      for (JsonNode env : container(m, service).path("env")) {
        String name = env.path("name").asText();
        assertThat(env.has("value") ^ env.has("valueFrom"))
            .as(service + " " + name + ": value xor valueFrom")
            .isTrue();
        if (SECRET_LOOKING.matcher(name).matches() || name.equals("QUARKUS_DATASOURCE_USERNAME")) {
          assertThat(env.path("valueFrom").path("secretKeyRef").path("name").asText())
              .as(service + " " + name + " comes from a Secret")
              .isNotBlank();
        }
      }
    }
    assertThat(secretRef(m, "ingest-service", "ROLLCALL_ZOOM_WEBHOOK_SECRETS"))
        .isEqualTo("rollcall-zoom-webhook");
    assertThat(secretRef(m, "meeting-service", "ROLLCALL_ZOOM_CLIENT_SECRET"))
        .isEqualTo("rollcall-zoom-oauth");
    assertThat(secretRef(m, "meeting-service", "ROLLCALL_ZOOM_SDK_SECRET"))
        .isEqualTo("rollcall-zoom-sdk");
    assertThat(secretRef(m, "attendance-service", "ROLLCALL_API_KEYS"))
        .isEqualTo("rollcall-api-keys");
    assertThat(secretRef(m, "meeting-service", "ROLLCALL_API_KEYS")).isEqualTo("rollcall-api-keys");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyServiceRunsAsNonRootWithAReadOnlyRootFilesystemAndAWritableTmp(String overlay) {
    Manifests m = Manifests.ofOverlay(overlay);
    for (String service : ServiceConfig.SERVICES) {
      JsonNode pod = m.get("Deployment", service).path("spec").path("template").path("spec");
      assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).as(service).isTrue();
      assertThat(pod.path("securityContext").path("runAsUser").asInt()).as(service).isPositive();
      assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).as(service).isFalse();
      JsonNode sc = container(m, service).path("securityContext");
      assertThat(sc.path("readOnlyRootFilesystem").asBoolean()).as(service).isTrue();
      assertThat(sc.path("allowPrivilegeEscalation").asBoolean(true)).as(service).isFalse();
      assertThat(sc.path("capabilities").path("drop").toString()).contains("ALL");
      JsonNode tmpMount = find(container(m, service).path("volumeMounts"), "mountPath", "/tmp");
      assertThat(tmpMount).as(service + " mounts /tmp").isNotNull();
      JsonNode volume = find(pod.path("volumes"), "name", tmpMount.path("name").asText());
      assertThat(volume.has("emptyDir")).as(service + " /tmp is an emptyDir").isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyServiceHasAPodDisruptionBudgetSelectingItsPods(String overlay) {
    Manifests m = Manifests.ofOverlay(overlay);
    for (String service : ServiceConfig.SERVICES) {
      JsonNode podLabels =
          m.get("Deployment", service)
              .path("spec")
              .path("template")
              .path("metadata")
              .path("labels");
      List<JsonNode> pdbs =
          m.ofKind("PodDisruptionBudget")
              .filter(p -> selects(p.path("spec").path("selector"), podLabels))
              .toList();
      assertThat(pdbs).as(service + " has exactly one PDB").hasSize(1);
    }
  }

  @Test
  void everyTopicOfContractMdHasAKafkaTopic() throws IOException {
    Path contract = DeployPaths.root().getParent().resolve("shared/CONTRACT.md");
    assumeTrue(Files.exists(contract), "shared/CONTRACT.md is beside the checkout");
    String text = Files.readString(contract);
    String section = text.substring(text.indexOf("## Kafka topics"));
    section = section.substring(0, section.indexOf("\n## ", 3));
    List<String> named =
        Pattern.compile("(?m)^\\|\\s*`([^`]+)`")
            .matcher(section)
            .results()
            .map(r -> r.group(1))
            .toList();
    assertThat(named).containsExactlyInAnyOrderElementsOf(Topics.contract());
    Manifests m = Manifests.ofOverlay("prod");
    named.forEach(t -> assertThat(topic(m, t)).isNotNull());
  }

  @Test
  void prodSpreadsEachServicesPodsOverNodes() {
    Manifests m = Manifests.ofOverlay("prod");
    for (String service : ServiceConfig.SERVICES) {
      JsonNode spread =
          m.get("Deployment", service)
              .path("spec")
              .path("template")
              .path("spec")
              .path("topologySpreadConstraints");
      assertThat(spread.path(0).path("topologyKey").asText())
          .as(service)
          .isEqualTo("kubernetes.io/hostname");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void topicsAreExactlyTheContractsWithStatedRetentionAsInDocsEventsMd(String overlay) {
    Manifests m = Manifests.ofOverlay(overlay);
    String cluster = Manifests.name(m.ofKind("Kafka").findFirst().orElseThrow());
    List<JsonNode> topics = m.ofKind("KafkaTopic").toList();
    assertThat(topics.stream().map(t -> t.path("spec").path("topicName").asText()))
        .containsExactlyInAnyOrderElementsOf(Topics.all());
    Map<String, RetentionTable.Retention> docs = RetentionTable.read();
    assertThat(docs.keySet()).containsExactlyInAnyOrderElementsOf(Topics.all());
    for (JsonNode t : topics) {
      String name = t.path("spec").path("topicName").asText();
      JsonNode config = t.path("spec").path("config");
      RetentionTable.Retention expected = docs.get(name);
      assertThat(t.path("metadata").path("labels").path("strimzi.io/cluster").asText())
          .isEqualTo(cluster);
      assertThat(t.path("spec").path("partitions").asInt()).as(name).isPositive();
      assertThat(config.path("cleanup.policy").asText())
          .as(name)
          .isEqualTo(expected.compacted() ? "compact" : "delete");
      if (expected.compacted()) {
        assertThat(config.path("max.compaction.lag.ms").asText())
            .as(name + ": an erased person's tombstoned values leave the log in bounded time")
            .isEqualTo(Topics.compactedConfig().get("max.compaction.lag.ms"));
      }
      assertThat(config.has("retention.ms")).as(name + " states its retention").isTrue();
      assertThat(config.path("retention.ms").asLong())
          .as(name + " retention as docs/events.md says")
          .isEqualTo(overlay.equals("prod") ? expected.prodMs() : expected.devMs());
    }
    assertThat(topic(m, Topics.LINKS).path("spec").path("config").path("cleanup.policy").asText())
        .isEqualTo("compact");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void topicReplicationNeverExceedsTheBrokersAndProdKeepsThreeCopiesTwoInSync(String overlay) {
    Manifests m = Manifests.ofOverlay(overlay);
    int brokers =
        m.ofKind("KafkaNodePool")
            .filter(p -> p.path("spec").path("roles").toString().contains("broker"))
            .mapToInt(p -> p.path("spec").path("replicas").asInt())
            .sum();
    int controllers =
        m.ofKind("KafkaNodePool")
            .filter(p -> p.path("spec").path("roles").toString().contains("controller"))
            .mapToInt(p -> p.path("spec").path("replicas").asInt())
            .sum();
    assertThat(controllers % 2).as("a KRaft quorum has an odd number of controllers").isEqualTo(1);
    JsonNode kafka = m.ofKind("Kafka").findFirst().orElseThrow();
    assertThat(
            m.ofKind("KafkaNodePool")
                .map(p -> p.path("metadata").path("labels").path("strimzi.io/cluster").asText()))
        .containsOnly(Manifests.name(kafka));
    for (JsonNode t : m.ofKind("KafkaTopic").toList()) {
      int replicas = t.path("spec").path("replicas").asInt();
      int minIsr = t.path("spec").path("config").path("min.insync.replicas").asInt();
      assertThat(replicas).as("replicas of " + Manifests.name(t)).isBetween(1, brokers);
      assertThat(minIsr).isBetween(1, replicas);
      if (overlay.equals("prod")) {
        assertThat(replicas).isEqualTo(3);
        assertThat(minIsr).isEqualTo(2);
      }
    }
    JsonNode config = kafka.path("spec").path("kafka").path("config");
    assertThat(config.path("default.replication.factor").asInt()).isBetween(1, brokers);
    assertThat(config.path("offsets.topic.replication.factor").asInt()).isBetween(1, brokers);
    if (overlay.equals("prod")) {
      assertThat(brokers).isGreaterThanOrEqualTo(3);
      assertThat(controllers).isEqualTo(3);
      assertThat(config.path("min.insync.replicas").asInt()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void consumersNeverScaleBeyondThePartitionsOfTheTopicsTheyRead(String overlay) {
    Manifests m = Manifests.ofOverlay(overlay);
    for (String service : ServiceConfig.SERVICES) {
      List<String> consumed = ServiceConfig.of(service).consumedTopics();
      if (consumed.isEmpty()) {
        continue;
      }
      int partitions =
          consumed.stream()
              .mapToInt(t -> topic(m, t).path("spec").path("partitions").asInt())
              .min()
              .orElseThrow();
      int max =
          m.find("HorizontalPodAutoscaler", service)
              .map(h -> h.path("spec").path("maxReplicas").asInt())
              .orElse(m.get("Deployment", service).path("spec").path("replicas").asInt());
      assertThat(max)
          .as(service + " reads " + consumed + " (" + partitions + " partitions)")
          .isLessThanOrEqualTo(partitions);
    }
    JsonNode ingest = m.get("HorizontalPodAutoscaler", "ingest-service");
    assertThat(ingest.path("spec").path("metrics").get(0).path("resource").path("name").asText())
        .isEqualTo("cpu");
    for (JsonNode hpa : m.ofKind("HorizontalPodAutoscaler").toList()) {
      assertThat(hpa.path("spec").path("scaleTargetRef").path("name").asText())
          .isIn(ServiceConfig.SERVICES);
      assertThat(hpa.path("spec").path("minReplicas").asInt())
          .isLessThanOrEqualTo(hpa.path("spec").path("maxReplicas").asInt());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void networkPoliciesDenyByDefaultAndAllowOnlyTheArchitecturesTraffic(String overlay) {
    Manifests m = Manifests.ofOverlay(overlay);
    List<JsonNode> policies = m.ofKind("NetworkPolicy").toList();
    for (String service : ServiceConfig.SERVICES) {
      JsonNode labels =
          m.get("Deployment", service)
              .path("spec")
              .path("template")
              .path("metadata")
              .path("labels");
      List<JsonNode> mine =
          policies.stream()
              .filter(p -> selects(p.path("spec").path("podSelector"), labels))
              .toList();
      assertThat(mine)
          .as(service + " is under a default-deny for both directions")
          .anyMatch(
              p ->
                  p.path("spec").path("policyTypes").size() == 2
                      && !p.path("spec").has("ingress")
                      && !p.path("spec").has("egress"));
      assertThat(egressPorts(mine)).as(service + " egress").contains("TCP/9092", "UDP/53");
      boolean hasDb = !service.equals("ingest-service");
      assertThat(egressPorts(mine).contains("TCP/5432"))
          .as(service + " reaches PostgreSQL")
          .isEqualTo(hasDb);
      assertThat(egressPorts(mine).contains("TCP/443"))
          .as(service + " reaches Zoom")
          .isEqualTo(service.equals("meeting-service"));
      for (JsonNode p : mine) {
        for (JsonNode rule : p.path("spec").path("ingress")) {
          assertThat(rule.path("from").size())
              .as(Manifests.name(p) + " names its sources")
              .isPositive();
        }
      }
      boolean fromIngressController =
          mine.stream()
              .flatMap(p -> stream(p.path("spec").path("ingress")))
              .flatMap(r -> stream(r.path("from")))
              .anyMatch(f -> f.path("namespaceSelector").toString().contains("ingress-nginx"));
      assertThat(fromIngressController)
          .as(service + " reachable from the ingress controller")
          .isEqualTo(!service.equals("identity-service"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void ingressServesTheWebhookAndTheAttendanceApiOverTlsOnly(String overlay) {
    Manifests m = Manifests.ofOverlay(overlay);
    JsonNode ingress = m.get("Ingress", "rollcall");
    JsonNode spec = ingress.path("spec");
    List<String> tlsHosts =
        stream(spec.path("tls"))
            .flatMap(t -> stream(t.path("hosts")))
            .map(JsonNode::asText)
            .toList();
    List<String> routes = new ArrayList<>();
    for (JsonNode rule : spec.path("rules")) {
      assertThat(tlsHosts)
          .as("TLS for " + rule.path("host").asText())
          .contains(rule.path("host").asText());
      for (JsonNode path : rule.path("http").path("paths")) {
        routes.add(
            path.path("path").asText()
                + "->"
                + path.path("backend").path("service").path("name").asText());
      }
    }
    assertThat(spec.path("tls").get(0).path("secretName").asText()).isNotBlank();
    assertThat(routes)
        .contains(
            "/zoom/webhooks->ingest-service",
            "/meetings->attendance-service",
            "/people->attendance-service");
    assertThat(routes)
        .noneMatch(r -> r.startsWith("/q") || r.startsWith("/admin") || r.startsWith("/->"));
  }

  private static void assertProbe(JsonNode container, String probe, String path, int port) {
    JsonNode http = container.path(probe).path("httpGet");
    assertThat(http.path("path").asText())
        .as(container.path("name").asText() + " " + probe)
        .isEqualTo(path);
    assertThat(http.path("port").asInt()).isEqualTo(port);
  }

  private static JsonNode container(Manifests m, String service) {
    JsonNode containers =
        m.get("Deployment", service).path("spec").path("template").path("spec").path("containers");
    assertThat(containers.size()).as(service + " has one container").isEqualTo(1);
    return containers.get(0);
  }

  private static String secretRef(Manifests m, String service, String env) {
    JsonNode e = find(container(m, service).path("env"), "name", env);
    assertThat(e).as(service + " sets " + env).isNotNull();
    return e.path("valueFrom").path("secretKeyRef").path("name").asText();
  }

  private static JsonNode topic(Manifests m, String name) {
    return m.ofKind("KafkaTopic")
        .filter(t -> name.equals(t.path("spec").path("topicName").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no KafkaTopic for " + name));
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    return stream(array).filter(n -> value.equals(n.path(field).asText())).findFirst().orElse(null);
  }

  private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false);
  }

  private static List<String> egressPorts(List<JsonNode> policies) {
    return policies.stream()
        .flatMap(p -> stream(p.path("spec").path("egress")))
        .flatMap(r -> stream(r.path("ports")))
        .map(p -> p.path("protocol").asText("TCP") + "/" + p.path("port").asText())
        .toList();
  }

  /** Whether a label selector (matchLabels and In expressions) selects the given labels. */
  static boolean selects(JsonNode selector, JsonNode labels) {
    var fields = selector.path("matchLabels").fields();
    while (fields.hasNext()) {
      var e = fields.next();
      if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
        return false;
      }
    }
    for (JsonNode expr : selector.path("matchExpressions")) {
      String actual = labels.path(expr.path("key").asText()).asText(null);
      boolean in = stream(expr.path("values")).anyMatch(v -> v.asText().equals(actual));
      switch (expr.path("operator").asText()) {
        case "In" -> {
          if (!in) return false;
        }
        case "NotIn" -> {
          if (in) return false;
        }
        case "Exists" -> {
          if (actual == null) return false;
        }
        default -> throw new AssertionError("unsupported operator " + expr);
      }
    }
    return true;
  }
}
