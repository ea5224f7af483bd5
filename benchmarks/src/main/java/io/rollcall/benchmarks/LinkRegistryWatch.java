package io.rollcall.benchmarks;

import io.rollcall.events.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Tells when identity-service has every link the benchmark registered, so the join storm starts
 * against a complete registry (registration stays outside the measured window). Reads {@code
 * rollcall.links.v1}'s end offsets and the offsets committed by identity-service's links consumer
 * group ({@code identity-service-links}, committed after each link is applied, every few seconds).
 */
final class LinkRegistryWatch implements AutoCloseable {
  private static final String GROUP = "identity-service-links";

  private final Admin admin;

  LinkRegistryWatch(String bootstrapServers) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "rollcall-pipeline-benchmark");
    this.admin = Admin.create(props);
  }

  /** How many link events the topic holds (sum of end offsets). */
  long linkEvents() {
    return endOffsets().values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Waits until the topic holds at least {@code expectedEvents} link events and identity-service
   * committed past all of them.
   *
   * @return false when that did not happen within {@code timeout}
   */
  boolean awaitConsumed(long expectedEvents, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Map<TopicPartition, Long> ends = endOffsets();
      long total = ends.values().stream().mapToLong(Long::longValue).sum();
      if (total >= expectedEvents && committedAtLeast(ends)) {
        return true;
      }
      Thread.sleep(500);
    }
    return false;
  }

  private boolean committedAtLeast(Map<TopicPartition, Long> ends) {
    Map<TopicPartition, OffsetAndMetadata> committed =
        get(admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata());
    for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
      OffsetAndMetadata c = committed.get(end.getKey());
      long position = c == null ? 0 : c.offset();
      if (position < end.getValue()) {
        return false;
      }
    }
    return true;
  }

  private Map<TopicPartition, Long> endOffsets() {
    var partitions =
        get(admin.describeTopics(java.util.List.of(Topics.LINKS)).allTopicNames())
            .get(Topics.LINKS)
            .partitions();
    Map<TopicPartition, OffsetSpec> request =
        partitions.stream()
            .collect(
                Collectors.toMap(
                    p -> new TopicPartition(Topics.LINKS, p.partition()),
                    p -> OffsetSpec.latest()));
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result =
        get(admin.listOffsets(request).all());
    return result.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
  }

  private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Kafka admin call failed: " + e.getCause(), e.getCause());
    }
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(5));
  }
}
