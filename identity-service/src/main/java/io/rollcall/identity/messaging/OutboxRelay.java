package io.rollcall.identity.messaging;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.rollcall.identity.config.IdentityConfig;
import io.rollcall.identity.repository.OutboxRepository;
import io.rollcall.identity.repository.OutboxRepository.Pending;
import io.rollcall.support.outbox.KafkaAcks;
import io.rollcall.support.outbox.OutboxWakeup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Publishes outbox rows to {@code rollcall.participants.v1} in id order (key = instance uuid) and
 * marks them published only once Kafka has them all. A crash in between publishes them again with
 * the same event ids, which consumers drop.
 */
@ApplicationScoped
public class OutboxRelay {
  private final OutboxRepository outbox;
  private final ParticipantsPublisher publisher;
  private final IdentityConfig config;
  private final OutboxWakeup wakeup;
  // Messaging wires its channels in an earlier startup observer; relay only after that.
  private volatile boolean started;

  public OutboxRelay(
      OutboxRepository outbox,
      ParticipantsPublisher publisher,
      IdentityConfig config,
      OutboxWakeup wakeup) {
    this.wakeup = wakeup;
    this.outbox = outbox;
    this.publisher = publisher;
    this.config = config;
  }

  void onStart(@Observes StartupEvent event) {
    started = true;
    wakeup.relayWith(this::relayOnce, config.outbox().batchSize());
  }

  /**
   * One relay batch in the caller's transaction (a new one if there is none): publishes it and
   * marks it published when that transaction commits. Runs on {@link OutboxWakeup}'s relay thread
   * (and in tests).
   *
   * @return how many rows were published; 0 if another relay holds the lock or nothing waits
   */
  @Transactional
  public int relayOnce() {
    if (!started || !outbox.tryBecomeRelay()) {
      return 0;
    }
    List<Pending> batch = outbox.lockUnpublished(config.outbox().batchSize());
    if (batch.isEmpty()) {
      return 0;
    }
    KafkaAcks.await(
        () -> batch.stream().map(p -> publisher.send(p.key(), p.payload())).toList(),
        config.outbox().sendTimeout());
    outbox.markPublished(batch.stream().map(Pending::id).toList());
    return batch.size();
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
}
