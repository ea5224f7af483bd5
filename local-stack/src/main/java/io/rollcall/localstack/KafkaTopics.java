package io.rollcall.localstack;

import io.rollcall.events.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates every Rollcall topic on the local broker, once it answers; existing ones are kept. */
final class KafkaTopics {
  private static final Duration PER_ATTEMPT = Duration.ofSeconds(10);

  private KafkaTopics() {}

  static List<NewTopic> definitions(int partitions) {
    List<NewTopic> topics = new ArrayList<>();
    for (String name : Topics.all()) {
      NewTopic topic = new NewTopic(name, partitions, (short) 1);
      if (Topics.compacted().contains(name)) {
        // Whole state per message (a link, an erasure, an API key): the latest per key matters,
        // and what an erasure tombstones leaves the log within a bounded time.
        topic.configs(Topics.compactedConfig());
      }
      topics.add(topic);
    }
    return topics;
  }

  static void createAll(String bootstrapServers, int partitions, Duration timeout)
      throws InterruptedException, TimeoutException {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) PER_ATTEMPT.toMillis());
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) PER_ATTEMPT.toMillis());
    Instant deadline = Instant.now().plus(timeout);
    try (Admin admin = Admin.create(config)) {
      Exception last = null;
      while (Instant.now().isBefore(deadline)) {
        try {
          createMissing(admin, partitions);
          return;
        } catch (ExecutionException | TimeoutException e) {
          last = e; // The broker is still starting; try again.
          Thread.sleep(200);
        }
      }
      throw new TimeoutException("topics not created within " + timeout + ": " + last);
    }
  }

  private static void createMissing(Admin admin, int partitions)
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<String, KafkaFuture<Void>> results = admin.createTopics(definitions(partitions)).values();
    for (KafkaFuture<Void> result : results.values()) {
      try {
        result.get(PER_ATTEMPT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
      }
    }
    alignCompacted(admin);
  }

  /**
   * Sets the compacted topics' settings on topics kept from an earlier start too (a local stack
   * made before {@code max.compaction.lag.ms} was set keeps an erased person's old values until
   * half of a partition is superseded); setting a value a topic already has changes nothing.
   */
  private static void alignCompacted(Admin admin)
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
    for (String name : Topics.compacted()) {
      changes.put(
          new ConfigResource(ConfigResource.Type.TOPIC, name),
          Topics.compactedConfig().entrySet().stream()
              .map(
                  e ->
                      new AlterConfigOp(
                          new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
              .toList());
    }
    admin.incrementalAlterConfigs(changes).all().get(PER_ATTEMPT.toMillis(), TimeUnit.MILLISECONDS);
  }
}
