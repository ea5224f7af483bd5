package io.rollcall.localstack;

import io.rollcall.events.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
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
        // Whole state per message (a link, an erasure, an API key): the latest per key matters.
        topic.configs(
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
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
  }
}
