package io.rollcall.meeting.it;

import io.rollcall.events.EventJson;
import io.rollcall.events.ReportCompleted;
import io.rollcall.events.ReportMessage;
import io.rollcall.events.ReportParticipant;
import io.rollcall.events.Topics;
import io.rollcall.testsupport.TestKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads {@code rollcall.reports.v1} from the beginning, as identity-service would. */
final class ReportTopic {
  private ReportTopic() {}

  /** A message as received: key and decoded message. */
  record Received(String key, ReportMessage message) {}

  /** Every message currently on the topic for this instance, in partition order. */
  static List<Received> forInstance(String instanceUuid) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.REPORTS).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      var end = consumer.endOffsets(partitions);
      List<Received> out = new ArrayList<>();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          ReportMessage message = EventJson.decode(r.value(), ReportMessage.class);
          if (instanceUuid.equals(message.instanceUuid())) {
            out.add(new Received(r.key(), message));
          }
        }
      }
      return out;
    }
  }

  static List<ReportParticipant> rows(List<Received> received) {
    return received.stream()
        .map(Received::message)
        .filter(ReportParticipant.class::isInstance)
        .map(ReportParticipant.class::cast)
        .toList();
  }

  static List<ReportCompleted> completions(List<Received> received) {
    return received.stream()
        .map(Received::message)
        .filter(ReportCompleted.class::isInstance)
        .map(ReportCompleted.class::cast)
        .toList();
  }
}
