package io.rollcall.support.transaction;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Objects;

/**
 * Runs an action once when the caller's transaction commits, never when it rolls back: how the
 * outbox relay and meeting-service's reconciler are woken by the transaction that gave them work,
 * without polling for it.
 */
public final class AfterCommit {
  private AfterCommit() {}

  /**
   * Registers {@code action} to run after the current transaction commits; a second call with the
   * same {@code key} in the same transaction registers nothing more.
   *
   * @param transactions the JTA synchronization registry (inject it)
   * @param key identifies the action within the transaction (a constant of the caller's class)
   * @throws IllegalStateException when called outside a transaction
   */
  public static void once(
      TransactionSynchronizationRegistry transactions, Object key, Runnable action) {
    Objects.requireNonNull(action, "action");
    if (transactions.getResource(key) != null) {
      return;
    }
    transactions.putResource(key, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              action.run();
            }
          }
        });
  }
}
