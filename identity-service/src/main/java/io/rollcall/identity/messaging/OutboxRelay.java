package io.rollcall.identity.messaging;

import io.quarkus.scheduler.Scheduled;
import io.rollcall.identity.config.IdentityConfig;
import io.rollcall.identity.repository.OutboxRepository;
import io.rollcall.identity.repository.OutboxRepository.Pending;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Publishes outbox rows to {@code rollcall.participants.v1} in id order (acks=all, idempotent
 * producer, key = instance uuid) and marks them published only once Kafka has them all. A crash in
 * between publishes them again with the same event ids, which consumers drop.
 */
@ApplicationScoped
public class OutboxRelay {
  private final OutboxRepository outbox;
  private final MutinyEmitter<byte[]> emitter;
  private final IdentityConfig config;

  public OutboxRelay(
      OutboxRepository outbox,
      @Channel("participants") MutinyEmitter<byte[]> emitter,
      IdentityConfig config) {
    this.outbox = outbox;
    this.emitter = emitter;
    this.config = config;
  }

  @Scheduled(
      every = "${rollcall.identity.outbox.poll-interval:200ms}",
      // The outgoing channel is connected during startup; start polling once it is.
      delayed = "2s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @Transactional
  void relay() {
    if (!outbox.tryBecomeRelay()) {
      return;
    }
    List<Pending> batch = outbox.lockUnpublished(config.outbox().batchSize());
    if (batch.isEmpty()) {
      return;
    }
    List<Uni<Void>> sends = batch.stream().map(this::send).toList();
    Uni.join().all(sends).andFailFast().await().atMost(config.outbox().sendTimeout());
    outbox.markPublished(batch.stream().map(Pending::id).toList());
  }

  /**
   * Forgets published rows after the retention period (they are only kept so that a late duplicate
   * of a lifecycle event does not publish its deterministic event id again).
   */
  @Scheduled(every = "1h", delayed = "1m")
  @Transactional
  void purgePublished() {
    outbox.deletePublishedBefore(Instant.now().minus(config.outbox().retention()));
  }

  private Uni<Void> send(Pending pending) {
    Message<byte[]> message =
        Message.of(pending.payload().getBytes(StandardCharsets.UTF_8))
            .addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(pending.key()).build());
    return emitter.sendMessage(message);
  }
}
