package io.rollcall.meeting.it;

import io.rollcall.events.EventJson;
import io.rollcall.events.LinkEvent;
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

/** Reads {@code rollcall.links.v1} from the beginning, as a downstream consumer would. */
final class LinkTopic {
  private LinkTopic() {}

  /** A message as received: key and decoded event. */
  record Received(String key, LinkEvent event) {}

  /**
   * Every message currently on the topic for this meeting (duplicates included); tombstones are
   * left out (see {@code ErasureTest}).
   */
  static List<Received> forMeeting(String meetingId) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.LINKS).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      var end = consumer.endOffsets(partitions);
      List<Received> out = new ArrayList<>();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          if (r.value() == null) {
            continue; // an erased link's tombstone
          }
          LinkEvent event = EventJson.decode(r.value(), LinkEvent.class);
          if (meetingId.equals(event.meetingId())) {
            out.add(new Received(r.key(), event));
          }
        }
      }
      return out;
    }
  }
}
