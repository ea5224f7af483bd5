package io.rollcall.attendance.service;

import io.rollcall.attendance.config.AttendanceConfig;
import io.rollcall.attendance.messaging.ParticipantMessageReader;
import io.rollcall.attendance.repository.MeetingInstanceRepository;
import io.rollcall.events.MalformedEventException;
import io.rollcall.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Rebuilds the projection from the log: wipes it, then replays {@code rollcall.participants.v1}
 * from the beginning up to the end offsets seen right after the wipe, through the same idempotent
 * {@link ProjectionService#apply}. The live consumer keeps running meanwhile: every message is
 * applied once whichever of the two gets to it first, and facts do not depend on order, so the
 * result equals the state the live consumer would have built. The report's events, {@code
 * instance_reconciled} and identity-service's manual corrections are on that topic, so an
 * instance's reconciliation and an operator's assignments come back; what is not derived from the
 * topic stays (the outbox, the invitee registry, what the reconciliation metrics counted, the
 * erased people and connections).
 *
 * <p>Global: the projection of every tenant is wiped and replayed at once (one topic holds them
 * all). Erased people stay erased: the replay goes through the projection's {@link ErasureScreen},
 * whose markers the wipe keeps.
 */
@ApplicationScoped
public class RebuildService {

  private static final Logger LOG = Logger.getLogger(RebuildService.class);

  /** What a rebuild did. */
  public record Result(long replayed, long applied, long skippedMalformed) {}

  private final MeetingInstanceRepository instances;
  private final ProjectionService service;
  private final AttendanceConfig config;
  private final String bootstrapServers;

  public RebuildService(
      MeetingInstanceRepository instances,
      ProjectionService service,
      AttendanceConfig config,
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
    this.instances = instances;
    this.service = service;
    this.config = config;
    this.bootstrapServers = bootstrapServers;
  }

  public synchronized Result rebuild() {
    wipe();
    try (KafkaConsumer<String, byte[]> consumer = replayConsumer()) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.PARTICIPANTS).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
      long replayed = 0;
      long applied = 0;
      long malformed = 0;
      while (!caughtUp(consumer, end)) {
        for (ConsumerRecord<String, byte[]> record :
            consumer.poll(config.rebuild().pollTimeout())) {
          if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
            continue; // newer than the rebuild: the live consumer applies it
          }
          replayed++;
          try {
            applied += service.apply(ParticipantMessageReader.read(record.value())) ? 1 : 0;
          } catch (MalformedEventException e) {
            malformed++; // dead-lettered when it was first consumed
          }
        }
      }
      LOG.infof("rebuild replayed %d messages, applied %d", replayed, applied);
      return new Result(replayed, applied, malformed);
    }
  }

  @Transactional
  void wipe() {
    instances.wipeProjection();
  }

  private static boolean caughtUp(
      KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
    return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }

  private KafkaConsumer<String, byte[]> replayConsumer() {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "attendance-rebuild-" + UUID.randomUUID());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    return new KafkaConsumer<>(props);
  }
}
