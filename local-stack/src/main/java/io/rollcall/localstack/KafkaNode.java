package io.rollcall.localstack;

import java.nio.file.Path;
import java.util.Properties;

/**
 * One Kafka node in KRaft mode, broker and controller in one process, on 127.0.0.1, with its data
 * under {@code dataDir}. Replication factor 1 everywhere: there is only this node.
 */
record KafkaNode(int port, int controllerPort, Path dataDir, int partitions) {

  String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  Path propertiesFile() {
    return dataDir.resolve("server.properties");
  }

  Path logDir() {
    return dataDir.resolve("logs");
  }

  /** Written by the storage format; its absence means the directory was never formatted. */
  Path metaProperties() {
    return logDir().resolve("meta.properties");
  }

  Properties serverProperties() {
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", "1");
    p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    p.setProperty(
        "listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
    p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("inter.broker.listener.name", "PLAINTEXT");
    p.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
    p.setProperty("log.dirs", logDir().toString());
    p.setProperty("num.partitions", String.valueOf(partitions));
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("offsets.topic.num.partitions", String.valueOf(partitions));
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("share.coordinator.state.topic.min.isr", "1");
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    // Our topics are created explicitly with the right settings; a typo must not create one.
    p.setProperty("auto.create.topics.enable", "false");
    return p;
  }
}
