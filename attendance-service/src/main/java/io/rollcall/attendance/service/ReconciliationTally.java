package io.rollcall.attendance.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rollcall.attendance.domain.ConnectionState;
import io.rollcall.attendance.domain.SessionCounts;
import io.rollcall.attendance.repository.ConnectionRepository.ConnectionKey;
import io.rollcall.attendance.repository.MeetingInstanceRepository;
import io.rollcall.attendance.repository.ReconciliationCountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps count of what Zoom's participants report had to fix.
 *
 * <ul>
 *   <li>Each instance's {@code sessions_added} (flag {@code from_report}) and {@code
 *       sessions_changed} ({@code leave_from_report}), as its connections stand now (a late webhook
 *       takes a session back): from the connections a batch changed, their state before the batch
 *       against after it, so it costs nothing per connection of the instance.
 *   <li>The metrics {@code rollcall_reconciliation_sessions_added_total} and {@code
 *       rollcall_reconciliation_sessions_changed_total}, moved when an {@code instance_reconciled}
 *       is applied (every event of its report precedes it) by how much the instance's counts at
 *       that message exceed what was counted for it before ({@code reconciliation_count}, which a
 *       rebuild keeps): each session is counted once, whatever is redelivered or replayed.
 * </ul>
 */
@ApplicationScoped
public class ReconciliationTally {

  private final MeetingInstanceRepository instances;
  private final ReconciliationCountRepository counted;
  private final TransactionSynchronizationRegistry transactions;
  private final Counter added;
  private final Counter changed;

  public ReconciliationTally(
      MeetingInstanceRepository instances,
      ReconciliationCountRepository counted,
      TransactionSynchronizationRegistry transactions,
      MeterRegistry meters) {
    this.instances = instances;
    this.counted = counted;
    this.transactions = transactions;
    this.added =
        Counter.builder("rollcall.reconciliation.sessions.added")
            .description("Sessions known only from Zoom's participants report (no webhook join)")
            .register(meters);
    this.changed =
        Counter.builder("rollcall.reconciliation.sessions.changed")
            .description("Sessions whose leave time came from Zoom's participants report")
            .register(meters);
  }

  /**
   * Moves the instances' session counts by what the batch changed, in the batch's transaction.
   *
   * @param before the changed connections as stored before the batch
   * @param after the same connections after it
   */
  public void record(
      Map<ConnectionKey, ConnectionState> before, Map<ConnectionKey, ConnectionState> after) {
    Map<String, SessionCounts> counts = new HashMap<>();
    after.forEach(
        (key, now) -> {
          SessionCounts delta = SessionCounts.change(before.get(key), now);
          if (!delta.zero()) {
            counts.merge(key.instanceUuid(), delta, SessionCounts::plus);
          }
        });
    instances.addSessionCounts(counts);
  }

  /**
   * Counts, in the metrics, the sessions of the reconciled instances not counted before, from their
   * counts as of their {@code instance_reconciled} ({@code seen}); in the batch's transaction,
   * effective when that commits.
   */
  public void countReconciled(Map<String, SessionCounts> seen) {
    SessionCounts fresh = counted.raiseTo(seen);
    if (!fresh.zero()) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                added.increment(fresh.added());
                changed.increment(fresh.changed());
              }
            }
          });
    }
  }
}
