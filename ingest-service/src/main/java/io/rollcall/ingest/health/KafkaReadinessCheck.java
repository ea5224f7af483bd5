package io.rollcall.ingest.health;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while a Kafka broker answers: without one, every webhook would be answered 503. The
 * check is bounded (2 s) so that a probe never hangs on an unreachable broker.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {
  private static final int TIMEOUT_MS = 2000;

  private final Admin admin;

  public KafkaReadinessCheck(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
    this.admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafkaConfig.getOrDefault("bootstrap.servers", "127.0.0.1:9092"),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                TIMEOUT_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                TIMEOUT_MS,
                AdminClientConfig.CLIENT_ID_CONFIG,
                "ingest-service-health"));
  }

  @Override
  public HealthCheckResponse call() {
    try {
      int brokers =
          admin
              .describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS))
              .nodes()
              .get(TIMEOUT_MS, TimeUnit.MILLISECONDS)
              .size();
      return HealthCheckResponse.named("Kafka").up().withData("brokers", brokers).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return HealthCheckResponse.named("Kafka").down().build();
    } catch (Exception e) {
      return HealthCheckResponse.named("Kafka")
          .down()
          .withData("reason", e.getClass().getSimpleName())
          .build();
    }
  }

  void close(@Observes ShutdownEvent event) {
    admin.close();
  }
}
