package io.rollcall.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the JVM's shared real Kafka broker. Use with
 * {@code @QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)}.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    return Map.of("kafka.bootstrap.servers", TestKafka.bootstrapServers());
  }

  @Override
  public void stop() {
    // The broker is shared by every test of the JVM and stops when the JVM exits.
  }
}
