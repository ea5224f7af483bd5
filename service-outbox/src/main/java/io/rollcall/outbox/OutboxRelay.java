package io.rollcall.outbox;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Publishes the outbox with the service's {@link OutboxPublisher} in id order and marks rows
 * published only once Kafka acknowledged every row of the batch, in the transaction that locked
 * them. A crash in between leaves them unpublished, so they go out again with the same event ids
 * (at-least-once; consumers deduplicate by event id).
 *
 * <p>Runs on {@link OutboxWakeup}'s relay thread: right after a commit that added rows, and on the
 * fallback poll. One relay of all the service's replicas publishes at a time (an advisory lock per
 * service), so each key's order on Kafka is the outbox's id order.
 */
@ApplicationScoped
public class OutboxRelay {
  private final OutboxRepository outbox;
  private final OutboxPublisher publisher;
  private final OutboxConfig config;
  private final OutboxWakeup wakeup;
  // Messaging wires its channels in an earlier startup observer; relay only after that.
  private volatile boolean started;

  public OutboxRelay(
      OutboxRepository outbox,
      OutboxPublisher publisher,
      OutboxConfig config,
      OutboxWakeup wakeup) {
    this.outbox = outbox;
    this.publisher = publisher;
    this.config = config;
    this.wakeup = wakeup;
  }

  void onStart(@Observes StartupEvent event) {
    started = true;
    wakeup.relayWith(this::relayOnce, config.batchSize());
  }

  /**
   * One batch in the caller's transaction (a new one if there is none): locks up to {@code
   * rollcall.outbox.batch-size} unpublished rows, sends them, waits for every acknowledgement (at
   * most {@code rollcall.outbox.send-timeout}) and marks them published, effective when that
   * transaction commits.
   *
   * @return how many rows were sent; 0 before startup, when another relay holds the lock, or when
   *     nothing waits
   * @throws RuntimeException when the database or Kafka failed (the rows stay unpublished)
   */
  @Transactional
  public int relayOnce() {
    if (!started || !outbox.tryBecomeRelay()) {
      return 0;
    }
    List<OutboxMessage> batch = outbox.lockUnpublished(config.batchSize());
    if (batch.isEmpty()) {
      return 0;
    }
    KafkaAcks.await(() -> batch.stream().map(publisher::send).toList(), config.sendTimeout());
    outbox.markPublished(batch.stream().map(m -> m.id).toList());
    return batch.size();
  }

  /** Forgets rows published longer than {@code rollcall.outbox.retention} ago, hourly. */
  @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @Transactional
  void purgePublished() {
    outbox.purgePublishedBefore(Instant.now().minus(config.retention()));
  }
}
