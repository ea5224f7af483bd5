package io.rollcall.identity.messaging;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.rollcall.identity.config.IdentityConfig;
import io.rollcall.identity.repository.OutboxRepository;
import io.rollcall.identity.repository.OutboxRepository.Pending;
import io.rollcall.support.outbox.OutboxWakeup;
import io.rollcall.support.resilience.Outages;
import io.smallrye.mutiny.Uni;
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
  static final String COMPONENT = "outbox-relay";
  private final OutboxRepository outbox;
  private final ParticipantsPublisher publisher;
  private final IdentityConfig config;
  private final Outages outages;
  private final OutboxWakeup wakeup;
  // Messaging wires its channels in an earlier startup observer; relay only after that.
  private volatile boolean started;

  public OutboxRelay(
      OutboxRepository outbox,
      ParticipantsPublisher publisher,
      IdentityConfig config,
      Outages outages,
      OutboxWakeup wakeup) {
    this.wakeup = wakeup;
    this.outbox = outbox;
    this.publisher = publisher;
    this.config = config;
    this.outages = outages;
  }

  void onStart(@Observes StartupEvent event) {
    started = true;
    wakeup.relayWith(this::relay);
  }

  /** The fallback for a wakeup that did not come (a commit by another replica, a failed pass). */
  @Scheduled(
      every = "${rollcall.identity.outbox.poll-interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void poll() {
    wakeup.request();
  }

  /**
   * Drains the outbox batch by batch, each in its own transaction. A failure (the database or the
   * broker away) ends the pass and is reported to {@link Outages} (readiness DOWN, one log line per
   * outage); the next poll tries again, so the poll interval is the retry cadence. Runs on {@link
   * OutboxWakeup}'s relay thread only.
   */
  void relay() {
    try {
      while (relayOnce() == config.outbox().batchSize()) {
        // a full batch: more may be waiting
      }
      outages.recovered(COMPONENT);
    } catch (RuntimeException e) {
      outages.failed(COMPONENT, e);
    }
  }

  /**
   * One relay pass in the caller's transaction (a new one if there is none): publishes a batch and
   * marks it published when that transaction commits.
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
    List<Uni<Void>> sends = batch.stream().map(p -> publisher.send(p.key(), p.payload())).toList();
    Uni.join().all(sends).andFailFast().await().atMost(config.outbox().sendTimeout());
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
