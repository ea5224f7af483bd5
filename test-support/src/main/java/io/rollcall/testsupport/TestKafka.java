package io.rollcall.testsupport;

import io.rollcall.events.Topics;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The one Kafka broker of a test JVM, started on first use and stopped when the JVM exits.
 *
 * <p>By default a real single-node KRaft broker runs inside the test JVM ({@link InJvmKafka}). With
 * {@code -Drollcall.test.kafka=testcontainers} a Docker engine runs Apache Kafka's image instead
 * ({@link ContainerKafka}); that path needs Docker and is not exercised on machines without it.
 */
public final class TestKafka {

  /** Partitions of every Rollcall topic in tests: more than one, so keying matters. */
  public static final int PARTITIONS = 3;

  interface Broker {
    String bootstrapServers();

    void stop();
  }

  private static Broker broker;

  private TestKafka() {}

  public static synchronized String bootstrapServers() {
    if (broker == null) {
      broker =
          "testcontainers".equals(System.getProperty("rollcall.test.kafka"))
              ? ContainerKafka.start()
              : InJvmKafka.start();
      createTopics(broker.bootstrapServers());
      Broker started = broker;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-kafka-stop"));
    }
    return broker.bootstrapServers();
  }

  /** An admin client on the test broker; the caller closes it. */
  public static Admin admin() {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    return Admin.create(props);
  }

  private static void createTopics(String bootstrap) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (Admin admin = Admin.create(props)) {
      for (String topic : Topics.all()) {
        NewTopic newTopic = new NewTopic(topic, PARTITIONS, (short) 1);
        if (topic.equals(Topics.LINKS)) {
          newTopic.configs(
              Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }
        try {
          admin.createTopics(List.of(newTopic)).all().get();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("cannot create topic " + topic, e.getCause());
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
