package io.rollcall.support.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

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

  private final TransactionSynchronizationRegistry transactions;
  private final AtomicBoolean requested = new AtomicBoolean();
  private final ExecutorService relayThread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "outbox-relay");
            thread.setDaemon(true);
            return thread;
          });
  private volatile Runnable pass;

  public OutboxWakeup(TransactionSynchronizationRegistry transactions) {
    this.transactions = transactions;
  }

  /** Sets the relay pass to run (once the service's messaging is wired). */
  public void relayWith(Runnable pass) {
    this.pass = pass;
    request();
  }

  /**
   * Called in a transaction that added outbox rows: requests a relay pass for when it commits
   * (nothing when it rolls back). Registers once per transaction.
   *
   * @throws IllegalStateException when called outside a transaction
   */
  public void afterCommit() {
    if (transactions.getResource(REGISTERED) != null) {
      return;
    }
    transactions.putResource(REGISTERED, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              request();
            }
          }
        });
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
