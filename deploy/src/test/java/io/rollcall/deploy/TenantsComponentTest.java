package io.rollcall.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tenants component ({@code deploy/components/tenants}, docs/tenants.md): each overlay with the
 * component enabled exactly as an operator enables it ({@code components:
 * [../../components/tenants]} in the overlay) mounts the Secret {@code rollcall-tenants} read-only
 * into every service, points {@code ROLLCALL_TENANTS_FILE} at it and changes nothing else; the
 * overlays as they are never name a tenants file, so single-tenant Rollcall starts without that
 * Secret.
 */
class TenantsComponentTest {
  private static final String COMPONENT = "../../components/tenants";
  private static final String SECRET = "rollcall-tenants";
  private static final String KEY = "tenants.json";
  private static final String MOUNT_PATH = "/etc/rollcall/tenants";
  private static final String FILE = MOUNT_PATH + "/" + KEY;
  private static final String VARIABLE = "ROLLCALL_TENANTS_FILE";
  private static final int MODE = 0440;

  private static final Map<String, Manifests> WITH_COMPONENT = new ConcurrentHashMap<>();

  @Test
  void theComponentIsAKustomizeComponentThatNoOverlayEnablesByDefault() throws IOException {
    JsonNode component =
        Manifests.YAML.readTree(
            DeployPaths.deploy().resolve("components/tenants/kustomization.yaml").toFile());
    assertThat(component.path("kind").asText()).isEqualTo("Component");
    assertThat(component.path("apiVersion").asText()).isEqualTo("kustomize.config.k8s.io/v1alpha1");
    for (String overlay : List.of("dev", "prod")) {
      JsonNode kustomization =
          Manifests.YAML.readTree(
              DeployPaths.overlay(overlay).resolve("kustomization.yaml").toFile());
      assertThat(kustomization.path("components").toString())
          .as(overlay + " stays single-tenant by default")
          .doesNotContain("components/tenants");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void withTheComponentEveryServiceReadsTheTenantsFileFromTheSecretMountedReadOnly(String overlay) {
    Manifests m = withComponent(overlay);
    assertThat(m.ofKind("Deployment").map(Manifests::name))
        .containsExactlyInAnyOrderElementsOf(ServiceConfig.SERVICES);
    for (String service : ServiceConfig.SERVICES) {
      JsonNode pod = pod(m, service);
      JsonNode container = container(m, service);

      List<JsonNode> volumes = stream(pod.path("volumes")).filter(FROM_SECRET).toList();
      assertThat(volumes).as(service + ": one volume from the Secret " + SECRET).hasSize(1);
      JsonNode secret = volumes.get(0).path("secret");
      assertThat(secret.path("defaultMode").isInt()).as(service + " defaultMode").isTrue();
      assertThat(Integer.toOctalString(secret.path("defaultMode").asInt()))
          .as(service + " defaultMode (octal)")
          .isEqualTo(Integer.toOctalString(MODE));
      assertThat(secret.path("optional").asBoolean(false))
          .as(service + ": a missing Secret keeps the pod from starting")
          .isFalse();
      assertThat(secret.path("items").size()).as(service + " projects one key").isEqualTo(1);
      assertThat(secret.path("items").get(0).path("key").asText()).isEqualTo(KEY);
      assertThat(secret.path("items").get(0).path("path").asText()).isEqualTo(KEY);

      String volume = volumes.get(0).path("name").asText();
      List<JsonNode> mounts =
          stream(container.path("volumeMounts"))
              .filter(v -> volume.equals(v.path("name").asText()))
              .toList();
      assertThat(mounts).as(service + " mounts " + volume + " once").hasSize(1);
      assertThat(mounts.get(0).path("mountPath").asText()).as(service).isEqualTo(MOUNT_PATH);
      assertThat(mounts.get(0).path("readOnly").asBoolean(false))
          .as(service + " mounts it read-only")
          .isTrue();
      assertThat(mounts.get(0).has("subPath"))
          .as(service + ": no subPath (updates of the Secret would never reach it)")
          .isFalse();

      List<JsonNode> env =
          stream(container.path("env"))
              .filter(e -> VARIABLE.equals(e.path("name").asText()))
              .toList();
      assertThat(env).as(service + " sets " + VARIABLE + " once").hasSize(1);
      assertThat(env.get(0).path("value").asText()).as(service + " " + VARIABLE).isEqualTo(FILE);
      assertThat(env.get(0).has("valueFrom")).isFalse();

      // 0440: root owns the file, the pod's fsGroup is its group; the service reads it as a member.
      JsonNode security = pod.path("securityContext");
      assertThat(security.path("runAsNonRoot").asBoolean()).as(service).isTrue();
      assertThat(security.path("fsGroup").asInt())
          .as(service + ": the file's group (fsGroup) is the service's group")
          .isPositive()
          .isEqualTo(security.path("runAsGroup").asInt());

      JsonNode tmp = find(container.path("volumeMounts"), "mountPath", "/tmp");
      assertThat(tmp).as(service + " still mounts /tmp").isNotNull();
      assertThat(tmp.path("readOnly").asBoolean(false)).as(service + " /tmp writable").isFalse();
      JsonNode tmpVolume = find(pod.path("volumes"), "name", tmp.path("name").asText());
      assertThat(tmpVolume).as(service + " still has the /tmp volume").isNotNull();
      assertThat(tmpVolume.has("emptyDir")).as(service + " /tmp is an emptyDir").isTrue();
    }
    assertThat(m.ofKind("Secret").toList())
        .as("the component references rollcall-tenants, the operator creates it")
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void withTheComponentEveryResourceMatchesItsSchemaWithUnknownFieldsRejected(String overlay) {
    Manifests m = withComponent(overlay);
    assertThat(m.documents()).hasSizeGreaterThan(20);
    List<String> problems = new ArrayList<>();
    for (JsonNode doc : m.documents()) {
      SchemaValidator.validate(doc).forEach(p -> problems.add(Manifests.describe(doc) + ": " + p));
    }
    assertThat(problems).as("schema problems in overlay " + overlay + " + tenants").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void theComponentAddsTheVolumeTheMountAndTheVariableAndChangesNothingElse(String overlay) {
    Map<String, JsonNode> plain = byIdentity(Manifests.ofOverlay(overlay));
    Map<String, JsonNode> with = byIdentity(withComponent(overlay));
    assertThat(with.keySet()).containsExactlyInAnyOrderElementsOf(plain.keySet());
    plain.forEach(
        (id, doc) -> {
          JsonNode withoutAdditions = with.get(id).deepCopy();
          if ("Deployment".equals(doc.path("kind").asText())) {
            removeTheAdditions(withoutAdditions);
          }
          assertThat(withoutAdditions)
              .as(id + " is the overlay's own but for the tenants file")
              .isEqualTo(doc);
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void withoutTheComponentNoServiceReadsATenantsFile(String overlay) {
    Manifests m = Manifests.ofOverlay(overlay);
    for (String service : ServiceConfig.SERVICES) {
      JsonNode pod = pod(m, service);
      Stream.concat(stream(pod.path("containers")), stream(pod.path("initContainers")))
          .forEach(
              c -> {
                assertThat(stream(c.path("env")).map(e -> e.path("name").asText()))
                    .as(service + ": single-tenant by default, no " + VARIABLE)
                    .doesNotContain(VARIABLE);
                assertThat(stream(c.path("volumeMounts")).map(v -> v.path("mountPath").asText()))
                    .as(service)
                    .doesNotContain(MOUNT_PATH);
              });
      assertThat(stream(pod.path("volumes")).filter(FROM_SECRET).toList())
          .as(service + " starts without the Secret " + SECRET)
          .isEmpty();
    }
  }

  private static final Predicate<JsonNode> FROM_SECRET =
      v -> SECRET.equals(v.path("secret").path("secretName").asText());

  /**
   * The overlay with the component, built by kustomize from a copy of {@code
   * deploy/overlays/<overlay>} whose kustomization lists {@value #COMPONENT} under {@code
   * components}. The copy sits two levels below {@code deploy/} (in {@code deploy/target/}), so the
   * overlay's own relative paths and the operator's {@value #COMPONENT} resolve as they do in
   * {@code deploy/overlays/}.
   */
  private static Manifests withComponent(String overlay) {
    return WITH_COMPONENT.computeIfAbsent(overlay, TenantsComponentTest::buildWithComponent);
  }

  private static Manifests buildWithComponent(String overlay) {
    Path source = DeployPaths.overlay(overlay);
    try {
      Path target = Files.createDirectories(DeployPaths.deploy().resolve("target"));
      Path copy = Files.createTempDirectory(target, overlay + "-with-tenants-");
      try {
        try (Stream<Path> files = Files.walk(source)) {
          for (Path file : files.toList()) {
            Path to = copy.resolve(source.relativize(file).toString());
            if (Files.isDirectory(file)) {
              Files.createDirectories(to);
            } else {
              Files.copy(file, to);
            }
          }
        }
        Path kustomization = copy.resolve("kustomization.yaml");
        ObjectNode k = (ObjectNode) Manifests.YAML.readTree(kustomization.toFile());
        k.withArray("components").add(COMPONENT);
        Manifests.YAML.writeValue(kustomization.toFile(), k);
        return Manifests.parse(Kustomize.build(copy));
      } finally {
        try (Stream<Path> files = Files.walk(copy)) {
          for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(file);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes, in place, what the component adds to a Deployment (the assertions above find it). */
  private static void removeTheAdditions(JsonNode deployment) {
    JsonNode pod = deployment.path("spec").path("template").path("spec");
    List<String> volumes =
        stream(pod.path("volumes")).filter(FROM_SECRET).map(v -> v.path("name").asText()).toList();
    removeIf(pod.path("volumes"), FROM_SECRET);
    for (JsonNode container : pod.path("containers")) {
      removeIf(container.path("volumeMounts"), v -> volumes.contains(v.path("name").asText()));
      removeIf(container.path("env"), e -> VARIABLE.equals(e.path("name").asText()));
    }
  }

  private static void removeIf(JsonNode array, Predicate<JsonNode> matches) {
    if (array instanceof ArrayNode a) {
      for (int i = a.size() - 1; i >= 0; i--) {
        if (matches.test(a.get(i))) {
          a.remove(i);
        }
      }
    }
  }

  private static Map<String, JsonNode> byIdentity(Manifests m) {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (JsonNode doc : m.documents()) {
      String id =
          Manifests.describe(doc) + " in " + doc.path("metadata").path("namespace").asText("-");
      assertThat(byId.put(id, doc)).as("one " + id).isNull();
    }
    return byId;
  }

  private static JsonNode pod(Manifests m, String service) {
    return m.get("Deployment", service).path("spec").path("template").path("spec");
  }

  private static JsonNode container(Manifests m, String service) {
    JsonNode containers = pod(m, service).path("containers");
    assertThat(containers.size()).as(service + " has one container").isEqualTo(1);
    return containers.get(0);
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    return stream(array).filter(n -> value.equals(n.path(field).asText())).findFirst().orElse(null);
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false);
  }
}
