package io.rollcall.testsupport;

import org.testcontainers.kafka.KafkaContainer;

/** Apache Kafka's image under Testcontainers, for machines with a Docker engine (opt-in). */
final class ContainerKafka implements TestKafka.Broker {
  private final KafkaContainer container;

  private ContainerKafka(KafkaContainer container) {
    this.container = container;
  }

  static ContainerKafka start() {
    KafkaContainer container = new KafkaContainer("apache/kafka:4.1.2");
    container.start();
    return new ContainerKafka(container);
  }

  @Override
  public String bootstrapServers() {
    return container.getBootstrapServers();
  }

  @Override
  public void stop() {
    container.stop();
  }
}
