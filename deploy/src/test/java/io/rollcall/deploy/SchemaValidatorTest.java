package io.rollcall.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The validator itself: it must fail on the mistakes it is there to catch. */
class SchemaValidatorTest {

  private static JsonNode yaml(String text) {
    return Manifests.parse(text).documents().get(0);
  }

  @Test
  void aValidDeploymentPasses() {
    assertThat(SchemaValidator.validate(yaml(DEPLOYMENT.formatted("image: x/y:1")))).isEmpty();
  }

  @Test
  void anUnknownFieldDeepInADeploymentIsRejected() {
    assertThat(SchemaValidator.validate(yaml(DEPLOYMENT.formatted("imagePullPolice: Always"))))
        .singleElement()
        .asString()
        .contains("imagePullPolice");
  }

  @Test
  void aWronglyTypedFieldIsRejected() {
    assertThat(SchemaValidator.validate(yaml(DEPLOYMENT.formatted("ports: 8080")))).isNotEmpty();
  }

  @Test
  void anUnknownFieldInAKafkaTopicIsRejected() {
    String topic =
        """
        apiVersion: kafka.strimzi.io/v1
        kind: KafkaTopic
        metadata: {name: t}
        spec: {topicName: a.b, partitions: 3, replicas: 3, retentionMs: 5}
        """;
    assertThat(SchemaValidator.validate(yaml(topic)))
        .singleElement()
        .asString()
        .contains("retentionMs");
  }

  @Test
  void anUnknownFieldInAKafkaNodePoolIsRejected() {
    String pool =
        """
        apiVersion: kafka.strimzi.io/v1
        kind: KafkaNodePool
        metadata: {name: p}
        spec: {replicas: 1, roles: [broker], storage: {type: ephemeral}, rack: x}
        """;
    assertThat(SchemaValidator.validate(yaml(pool))).singleElement().asString().contains("rack");
  }

  @Test
  void anUnknownFieldInACloudNativePgClusterIsRejected() {
    String cluster =
        """
        apiVersion: postgresql.cnpg.io/v1
        kind: Cluster
        metadata: {name: pg}
        spec: {instances: 1, storage: {size: 1Gi}, bootstrap: {initdb: {databse: x}}}
        """;
    assertThat(SchemaValidator.validate(yaml(cluster))).isNotEmpty();
  }

  @Test
  void aKindWithoutASchemaIsRejected() {
    assertThat(
            SchemaValidator.validate(
                yaml("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n")))
        .singleElement()
        .asString()
        .contains("no schema");
  }

  private static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: d}
      spec:
        selector: {matchLabels: {a: b}}
        template:
          metadata: {labels: {a: b}}
          spec:
            containers:
              - name: c
                %s
      """;
}
