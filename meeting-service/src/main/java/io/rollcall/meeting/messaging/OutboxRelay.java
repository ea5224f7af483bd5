package io.rollcall.meeting.messaging;

import io.quarkus.scheduler.Scheduled;
import io.rollcall.meeting.config.MeetingConfig;
import io.rollcall.meeting.repository.OutboxRepository;
import io.rollcall.meeting.repository.OutboxRepository.Row;
import io.rollcall.support.resilience.Outages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Publishes outbox rows to Kafka, then marks them sent, in one database transaction. If the process
 * dies after Kafka acknowledged but before the mark commits, the rows stay unsent and are published
 * again: at-least-once, and consumers dedupe on {@code event_id}.
 */
@ApplicationScoped
public class OutboxRelay {
  static final String COMPONENT = "outbox-relay";

  private final OutboxRepository repository;
  private final LinkPublisher publisher;
  private final Clock clock;
  private final int batchSize;
  private final Outages outages;

  public OutboxRelay(
      OutboxRepository repository,
      LinkPublisher publisher,
      Clock clock,
      MeetingConfig config,
      Outages outages) {
    this.outages = outages;
    this.repository = repository;
    this.publisher = publisher;
    this.clock = clock;
    this.batchSize = config.outbox().batchSize();
  }

  @Scheduled(
      every = "${rollcall.outbox.poll-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  /**
   * Drains the outbox batch by batch. A failure (the database or the broker away) ends the pass and
   * is reported to {@link Outages} (readiness DOWN, one log line per outage); the next tick tries
   * again, so the poll interval is the retry cadence.
   */
  void poll() {
    try {
      while (relayOnce() == batchSize) {
        // a full batch: more may be waiting
      }
      outages.recovered(COMPONENT);
    } catch (RuntimeException e) {
      outages.failed(COMPONENT, e);
    }
  }

  /** Publishes one batch of unsent rows and marks them sent; returns how many. */
  @Transactional
  public int relayOnce() {
    List<Row> rows = repository.lockUnsent(batchSize);
    if (rows.isEmpty()) {
      return 0;
    }
    publisher.publishAll(
        rows.stream()
            .map(r -> new LinkPublisher.Message(r.topic(), r.key(), r.eventId(), r.payload()))
            .toList());
    repository.markSent(rows.stream().map(Row::id).toList(), clock.instant());
    return rows.size();
  }
}
