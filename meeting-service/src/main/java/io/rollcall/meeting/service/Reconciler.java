package io.rollcall.meeting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.rollcall.events.ReportCompleted;
import io.rollcall.events.ReportMessage;
import io.rollcall.events.ReportParticipant;
import io.rollcall.meeting.client.ZoomApiException;
import io.rollcall.meeting.config.MeetingConfig;
import io.rollcall.meeting.domain.FetchFailure;
import io.rollcall.meeting.domain.ReconciliationSchedule;
import io.rollcall.meeting.messaging.ReportOutbox;
import io.rollcall.meeting.repository.ReconciliationEntity;
import io.rollcall.meeting.repository.ReconciliationRepository;
import io.rollcall.support.transaction.AfterCommit;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Fetches the reports of due reconciliations and publishes them: claims a due row (a short
 * transaction, {@code FOR UPDATE SKIP LOCKED}, so two replicas never fetch one instance at once;
 * the claim is a lease of {@code rollcall.reconciliation.lease}), reads every page from Zoom with
 * no transaction open, then in one transaction adds the rows and the {@link ReportCompleted} to the
 * outbox (one batched insert) and marks the row done. A crash anywhere in between leaves the row
 * claimed until its lease expires; it is then fetched again, and its rows carry the same event ids,
 * so the duplicates are harmless downstream. A failed fetch is rescheduled from the row ({@link
 * ReconciliationSchedule}): minutes-long waits for a report that is not ready are due times in the
 * database, not a loop in memory.
 *
 * <p>Runs every {@code rollcall.reconciliation.poll-interval}, and right after an on-demand request
 * commits; every pass runs on one thread of this replica. Zoom's state never affects readiness.
 */
@ApplicationScoped
public class Reconciler {
  private static final Logger LOG = Logger.getLogger(Reconciler.class);
  private static final Object WAKE = Reconciler.class.getName() + ".wake";

  private final ReconciliationRepository reconciliations;
  private final ReportFetcher fetcher;
  private final ReportOutbox outbox;
  private final ReconciliationMetrics metrics;
  private final TransactionSynchronizationRegistry transactions;
  private final Clock clock;
  private final ReconciliationSchedule schedule;
  private final Duration lease;
  private final int batchSize;
  private final AtomicBoolean requested = new AtomicBoolean();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "reconciler");
            thread.setDaemon(true);
            return thread;
          });

  public Reconciler(
      ReconciliationRepository reconciliations,
      ReportFetcher fetcher,
      ReportOutbox outbox,
      ReconciliationMetrics metrics,
      TransactionSynchronizationRegistry transactions,
      Clock clock,
      MeetingConfig config) {
    MeetingConfig.Reconciliation c = config.reconciliation();
    this.reconciliations = reconciliations;
    this.fetcher = fetcher;
    this.outbox = outbox;
    this.metrics = metrics;
    this.transactions = transactions;
    this.clock = clock;
    this.schedule = new ReconciliationSchedule(c.retryDelay(), c.maxRetryDelay(), c.maxAttempts());
    this.lease = c.lease();
    this.batchSize = c.batchSize();
  }

  /** The schedule's tick: a pass over due rows on the worker thread. */
  @Scheduled(
      every = "${rollcall.reconciliation.poll-interval:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    wake();
  }

  /**
   * Requests a pass once the caller's transaction commits (nothing when it rolls back).
   *
   * @throws IllegalStateException outside a transaction
   */
  public void wakeAfterCommit() {
    AfterCommit.once(transactions, WAKE, this::wake);
  }

  /** Requests a pass on the worker thread; coalesced with one already waiting. */
  public void wake() {
    if (requested.compareAndSet(false, true)) {
      worker.execute(
          () -> {
            requested.set(false);
            try {
              runDue();
            } catch (RuntimeException e) {
              LOG.warnf("reconciliation pass failed (%s); the next tick tries again", e.toString());
            }
          });
    }
  }

  /**
   * Fetches due reconciliations, at most {@code rollcall.reconciliation.batch-size}.
   *
   * @return how many were claimed
   * @throws RuntimeException when the database failed (claimed rows are fetched again after their
   *     lease)
   */
  public int runDue() {
    int claimed = 0;
    while (claimed < batchSize) {
      String fetchId = UUID.randomUUID().toString();
      Instant now = clock.instant();
      Optional<ReconciliationEntity> row =
          QuarkusTransaction.requiringNew()
              .call(() -> reconciliations.claimDue(now, now.plus(lease), fetchId));
      if (row.isEmpty()) {
        break;
      }
      claimed++;
      fetch(row.get(), fetchId);
    }
    return claimed;
  }

  private void fetch(ReconciliationEntity row, String fetchId) {
    List<ReportParticipant> rows;
    try {
      rows = fetcher.read(row.tenant, row.meetingId, row.instanceUuid, fetchId);
    } catch (RuntimeException e) {
      failed(row, fetchId, e);
      return;
    }
    Instant fetchedAt = clock.instant();
    List<ReportMessage> messages = new ArrayList<>(rows);
    messages.add(
        ReportCompleted.of(
            row.meetingId,
            row.instanceUuid,
            fetchId,
            rows.size(),
            fetchedAt,
            row.trigger,
            row.tenant));
    boolean done =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  outbox.appendAll(messages);
                  return reconciliations.complete(
                      row.instanceUuid, fetchId, rows.size(), fetchedAt);
                });
    metrics.fetched(row.trigger, rows.size());
    LOG.debugf(
        "reconciled %s (%s): %d rows, fetch %s%s",
        row.instanceUuid,
        row.trigger,
        rows.size(),
        fetchId,
        done ? "" : "; requested again meanwhile");
  }

  private void failed(ReconciliationEntity row, String fetchId, RuntimeException error) {
    FetchFailure reason = FetchFailures.classify(error);
    Duration retryAfter = error instanceof ZoomApiException z ? z.retryAfter() : null;
    ReconciliationSchedule.Next next =
        schedule.after(reason, row.attempts, retryAfter, clock.instant());
    String message = reason.name().toLowerCase(java.util.Locale.ROOT) + ": " + error.getMessage();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                reconciliations.failed(
                    row.instanceUuid,
                    fetchId,
                    next.giveUp(),
                    next.dueAt(),
                    next.attempts(),
                    message));
    metrics.failed(reason, next.giveUp());
    if (next.giveUp()) {
      LOG.warnf(
          "reconciliation of %s failed after %d attempts: %s",
          row.instanceUuid, next.attempts(), message);
    } else {
      LOG.debugf("reconciliation of %s: %s; next at %s", row.instanceUuid, message, next.dueAt());
    }
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
