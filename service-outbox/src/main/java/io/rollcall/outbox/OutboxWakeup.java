package io.rollcall.outbox;

import io.quarkus.scheduler.Scheduled;
import io.rollcall.support.resilience.Outages;
import io.rollcall.support.transaction.AfterCommit;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

/**
 * Runs the service's outbox relay as soon as a transaction that wrote outbox rows commits, so that
 * the time from a change to its message on Kafka is bounded by work, not by the relay's poll
 * interval (which stays as the fallback: it calls {@link #request()} too).
 *
 * <p>Every pass runs on one dedicated thread, so passes of one service never overlap; requests made
 * while a pass runs are coalesced into one more pass after it.
 */
@ApplicationScoped
public class OutboxWakeup {
  private static final Object REGISTERED = OutboxWakeup.class.getName() + ".registered";

  /** The relay's name in {@link Outages}. */
  public static final String COMPONENT = "outbox-relay";

  private final TransactionSynchronizationRegistry transactions;
  private final Outages outages;
  private final AtomicBoolean requested = new AtomicBoolean();
  private final ExecutorService relayThread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "outbox-relay");
            thread.setDaemon(true);
            return thread;
          });
  private volatile Runnable pass;

  public OutboxWakeup(TransactionSynchronizationRegistry transactions, Outages outages) {
    this.transactions = transactions;
    this.outages = outages;
  }

  /**
   * Sets the relay (once the service's messaging is wired): a pass calls {@code relayBatch} (one
   * batch in its own transaction, returning how many rows it published) until a batch comes back
   * short. A failure (the database or the broker away) ends the pass and is reported to {@link
   * Outages} as {@value #COMPONENT} (readiness DOWN, one log line per outage); the next request (a
   * commit, or the service's fallback poll) tries again.
   */
  public void relayWith(IntSupplier relayBatch, int batchSize) {
    this.pass =
        () -> {
          try {
            while (relayBatch.getAsInt() >= batchSize) {
              // a full batch: more may be waiting
            }
            outages.recovered(COMPONENT);
          } catch (RuntimeException e) {
            outages.failed(COMPONENT, e);
          }
        };
    request();
  }

  /**
   * Called in a transaction that added outbox rows: requests a relay pass for when it commits
   * (nothing when it rolls back). Registers once per transaction.
   *
   * @throws IllegalStateException when called outside a transaction
   */
  public void afterCommit() {
    AfterCommit.once(transactions, REGISTERED, this::request);
  }

  /**
   * The fallback for a wakeup that did not come (a commit by another replica, a failed pass), every
   * {@code rollcall.outbox.poll-interval} (default 1 s; {@code off} disables it). Here rather than
   * on the relay so that a tick before the service's messaging is wired does not create the relay.
   */
  @Scheduled(
      every = "${rollcall.outbox.poll-interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void poll() {
    request();
  }

  /** Requests a relay pass on the relay thread; coalesced with one already waiting. */
  public void request() {
    Runnable relay = pass;
    if (relay != null && requested.compareAndSet(false, true)) {
      relayThread.execute(
          () -> {
            requested.set(false);
            relay.run();
          });
    }
  }

  @PreDestroy
  void stop() {
    relayThread.shutdownNow();
  }
}
