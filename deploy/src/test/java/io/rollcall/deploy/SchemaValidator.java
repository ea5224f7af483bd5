package io.rollcall.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one resource against its schema, rejecting unknown fields (as {@code kubectl apply
 * --validate=strict} would):
 *
 * <ul>
 *   <li>Kubernetes kinds: the fabric8 model. Its classes keep unknown fields in {@code
 *       additionalProperties} instead of failing, so after binding every object in the graph is
 *       walked and any additional property is an error; a wrong type fails the binding.
 *   <li>Strimzi kinds: Strimzi's own API model (its CRDs are generated from it), same walk.
 *   <li>CloudNativePG kinds: JSON schemas in {@code src/test/resources/schemas}, transcribed from
 *       the published CRD for the fields Rollcall uses, {@code additionalProperties: false} at
 *       every level (a field outside that subset fails: check the CRD, then add it to the schema).
 * </ul>
 *
 * A kind with no schema here is an error too.
 */
final class SchemaValidator {
  private static final ObjectMapper STRICT =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final Map<String, Class<?>> MODELS =
      Map.ofEntries(
          Map.entry("v1/Namespace", Namespace.class),
          Map.entry("v1/Service", Service.class),
          Map.entry("v1/ServiceAccount", ServiceAccount.class),
          Map.entry("apps/v1/Deployment", Deployment.class),
          Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
          Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
          Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
          Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
          Map.entry("rbac.authorization.k8s.io/v1/Role", Role.class),
          Map.entry("rbac.authorization.k8s.io/v1/RoleBinding", RoleBinding.class),
          Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
          Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
          Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class));

  private static final Map<String, String> JSON_SCHEMAS =
      Map.of(
          "postgresql.cnpg.io/v1/Cluster", "/schemas/postgresql.cnpg.io-v1-Cluster.json",
          "postgresql.cnpg.io/v1/Database", "/schemas/postgresql.cnpg.io-v1-Database.json");

  private SchemaValidator() {}

  /** Every problem found in {@code doc}; empty when it is valid. */
  static List<String> validate(JsonNode doc) {
    String type = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
    Class<?> model = MODELS.get(type);
    if (model != null) {
      return validateModel(doc, model);
    }
    String schema = JSON_SCHEMAS.get(type);
    if (schema != null) {
      return validateJsonSchema(doc, schema);
    }
    return List.of("no schema for " + type + " (add one to SchemaValidator)");
  }

  private static List<String> validateModel(JsonNode doc, Class<?> model) {
    Object bound;
    try {
      bound = STRICT.treeToValue(doc, model);
    } catch (IOException | IllegalArgumentException e) {
      return List.of("does not bind to " + model.getSimpleName() + ": " + e.getMessage());
    }
    List<String> problems = new ArrayList<>();
    walk(bound, "", problems, new IdentityHashMap<>());
    return problems;
  }

  /** Reports every non-empty {@code additionalProperties} map in the object graph. */
  private static void walk(
      Object value, String path, List<String> problems, Map<Object, Object> seen) {
    if (value == null || seen.put(value, value) != null) {
      return;
    }
    if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(item, path + "[" + i++ + "]", problems, seen);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(v, path + "." + k, problems, seen));
      return;
    }
    String pkg = value.getClass().getPackageName();
    if (!pkg.startsWith("io.fabric8.") && !pkg.startsWith("io.strimzi.")) {
      return;
    }
    Map<?, ?> unknown = additionalProperties(value);
    if (unknown != null && !unknown.isEmpty()) {
      problems.add(
          "unknown field(s) at " + (path.isEmpty() ? "." : path) + ": " + unknown.keySet());
    }
    for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())
            || field.getName().equals("additionalProperties")) {
          continue;
        }
        if (field.getType().isPrimitive() || field.getType() == String.class) {
          continue;
        }
        try {
          field.setAccessible(true);
          walk(field.get(value), path + "." + field.getName(), problems, seen);
        } catch (ReflectiveOperationException | RuntimeException e) {
          // A field we cannot read (module boundary) holds no model objects of ours.
        }
      }
    }
  }

  private static Map<?, ?> additionalProperties(Object value) {
    try {
      Method getter = value.getClass().getMethod("getAdditionalProperties");
      return getter.invoke(value) instanceof Map<?, ?> map ? map : null;
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  private static List<String> validateJsonSchema(JsonNode doc, String resource) {
    JsonSchema schema;
    try (InputStream in = SchemaValidator.class.getResourceAsStream(resource)) {
      if (in == null) {
        return List.of("schema resource missing: " + resource);
      }
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<ValidationMessage> messages = schema.validate(doc);
    return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
  }
}
