package io.rollcall.testsupport;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

/**
 * A real KRaft broker (combined broker + controller) inside the test JVM, from Kafka's own test
 * kit. The only class that touches Kafka's internal test API.
 */
final class InJvmKafka implements TestKafka.Broker {
  private final KafkaClusterTestKit cluster;

  private InJvmKafka(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  static InJvmKafka start() {
    // At JVM exit the test kit's temp-dir cleanup can race the broker's shutdown; the broker then
    // sees its log directory vanish and halts the JVM with status 1, failing a green test run.
    // A test JVM must only ever end on its own terms.
    Exit.setHaltProcedure(
        (status, message) -> System.err.println("test Kafka asked to halt: " + message));
    Exit.setExitProcedure(
        (status, message) -> System.err.println("test Kafka asked to exit: " + message));
    try {
      KafkaClusterTestKit cluster =
          new KafkaClusterTestKit.Builder(
                  new TestKitNodes.Builder()
                      .setCombined(true)
                      .setNumBrokerNodes(1)
                      .setNumControllerNodes(1)
                      .build())
              .setConfigProp("group.initial.rebalance.delay.ms", "0")
              .setConfigProp("offsets.topic.replication.factor", "1")
              .setConfigProp("offsets.topic.num.partitions", "3")
              .setConfigProp("transaction.state.log.replication.factor", "1")
              .setConfigProp("transaction.state.log.min.isr", "1")
              .setConfigProp("auto.create.topics.enable", "true")
              .setConfigProp("num.partitions", String.valueOf(TestKafka.PARTITIONS))
              // The log cleaner looks for overdue compacted logs every second, not every 15 s:
              // erasure tests wait for compaction.
              .setConfigProp("log.cleaner.backoff.ms", "1000")
              .build();
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      return new InJvmKafka(cluster);
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the in-JVM Kafka broker", e);
    }
  }

  @Override
  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  @Override
  public void stop() {
    try {
      cluster.close();
    } catch (Exception e) {
      // The JVM is exiting; nothing more useful to do than say so.
      System.err.println("test Kafka did not stop cleanly: " + e);
    }
  }
}
