package io.rollcall.attendance.messaging;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.rollcall.attendance.config.AttendanceConfig;
import io.rollcall.attendance.repository.OutboxRepository;
import io.rollcall.attendance.repository.OutboxRepository.Pending;
import io.rollcall.support.outbox.KafkaAcks;
import io.rollcall.support.outbox.OutboxWakeup;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Publishes outbox rows to {@code rollcall.attendance.v1} in id order (acks=all, idempotent
 * producer) and marks them published only once Kafka has them. A crash in between publishes them
 * again with the same event id: consumers deduplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

  private final OutboxRepository outbox;
  private final MutinyEmitter<byte[]> emitter;
  private final AttendanceConfig config;
  private final OutboxWakeup wakeup;

  public OutboxRelay(
      OutboxRepository outbox,
      @Channel("attendance") MutinyEmitter<byte[]> emitter,
      AttendanceConfig config,
      OutboxWakeup wakeup) {
    this.wakeup = wakeup;
    this.outbox = outbox;
    this.emitter = emitter;
    this.config = config;
  }

  /** Messaging connects its channels during startup: relay only after that. */
  void onStart(@Observes StartupEvent event) {
    wakeup.relayWith(this::relayOnce, config.outbox().batchSize());
  }

  /**
   * Publishes one batch in one transaction and marks it published; returns its size (0 when another
   * replica relays now). Runs on {@link OutboxWakeup}'s relay thread.
   */
  @Transactional
  int relayOnce() {
    if (!outbox.tryBecomeRelay()) {
      return 0; // another replica relays now
    }
    List<Pending> batch = outbox.lockUnpublished(config.outbox().batchSize());
    if (batch.isEmpty()) {
      return 0;
    }
    KafkaAcks.await(() -> batch.stream().map(this::send).toList(), SEND_TIMEOUT);
    outbox.markPublished(batch.stream().map(Pending::id).toList());
    return batch.size();
  }

  private Uni<Void> send(Pending pending) {
    Message<byte[]> message =
        Message.of(pending.payload().getBytes(StandardCharsets.UTF_8))
            .addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(pending.key()).build());
    return emitter.sendMessage(message);
  }

  /**
   * Published rows are kept for a while so that a rebuild does not publish their events again;
   * after the retention they go (a rebuild then republishes them, with the same event ids).
   */
  @Scheduled(every = "1h", delay = 1, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @Transactional
  void purgePublished() {
    outbox.deletePublishedBefore(Instant.now().minus(config.outbox().retention()));
  }
}
