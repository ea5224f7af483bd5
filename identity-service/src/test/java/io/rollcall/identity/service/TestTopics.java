package io.rollcall.identity.service;

import io.rollcall.events.EventJson;
import io.rollcall.events.LinkEvent;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.RawWebhookEnvelope;
import io.rollcall.events.Topics;
import io.rollcall.testsupport.TestKafka;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes test input to the real broker and reads topics back from the beginning. */
final class TestTopics {
  private TestTopics() {}

  static void send(String topic, String key, byte[] value) {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            TestKafka.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all");
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topic, key, value)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  static void send(RawWebhookEnvelope envelope) {
    send(Topics.ZOOM_WEBHOOKS_RAW, envelope.partitionKey(), EventJson.encode(envelope));
  }

  static void send(LinkEvent link) {
    send(Topics.LINKS, link.linkId(), EventJson.encode(link));
  }

  /** A tombstone of the links topic: the link is erased. */
  static void tombstone(String linkId) {
    send(Topics.LINKS, linkId, null);
  }

  /** Every record of the topic written so far. */
  static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
    return TestKafka.readAll(topic);
  }

  /** The participant messages of one instance, in topic order. */
  static List<ParticipantMessage> participants(String instanceUuid) {
    return readAll(Topics.PARTICIPANTS).stream()
        .filter(r -> instanceUuid.equals(r.key()))
        .map(r -> EventJson.decode(r.value(), ParticipantMessage.class))
        .toList();
  }
}
