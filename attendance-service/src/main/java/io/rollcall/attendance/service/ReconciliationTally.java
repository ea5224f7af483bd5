package io.rollcall.attendance.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rollcall.attendance.domain.ConnectionState;
import io.rollcall.attendance.repository.ConnectionRepository.ConnectionKey;
import io.rollcall.attendance.repository.MeetingInstanceRepository;
import io.rollcall.attendance.repository.MeetingInstanceRepository.SessionCounts;
import io.rollcall.attendance.repository.ReconciliationFixRepository;
import io.rollcall.attendance.repository.ReconciliationFixRepository.Fix;
import io.rollcall.events.Flag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps count of what Zoom's participants report had to fix, from the connections a batch changed
 * (their state before the batch against after it): each instance's {@code sessions_added} and
 * {@code sessions_changed} (as its connections stand now, so a late webhook takes a session back),
 * and the metrics {@code rollcall_reconciliation_sessions_added_total} and {@code
 * rollcall_reconciliation_sessions_changed_total}, which count each session once ever (recorded in
 * {@code reconciliation_fix}, which a rebuild keeps). Costs nothing per batch without report events
 * beyond comparing states in memory.
 */
@ApplicationScoped
public class ReconciliationTally {

  private final MeetingInstanceRepository instances;
  private final ReconciliationFixRepository fixes;
  private final TransactionSynchronizationRegistry transactions;
  private final Counter added;
  private final Counter changed;

  public ReconciliationTally(
      MeetingInstanceRepository instances,
      ReconciliationFixRepository fixes,
      TransactionSynchronizationRegistry transactions,
      MeterRegistry meters) {
    this.instances = instances;
    this.fixes = fixes;
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
   * Records what the batch changed, in the batch's transaction.
   *
   * @param before the changed connections as stored before the batch
   * @param after the same connections after it
   */
  public void record(
      Map<ConnectionKey, ConnectionState> before, Map<ConnectionKey, ConnectionState> after) {
    Map<String, SessionCounts> counts = new HashMap<>();
    List<Fix> fixed = new ArrayList<>();
    after.forEach(
        (key, now) -> {
          ConnectionState was = before.get(key);
          int addedDelta = indicator(now.addedFromReport()) - indicator(was.addedFromReport());
          int changedDelta = indicator(now.leaveFromReport()) - indicator(was.leaveFromReport());
          if (addedDelta != 0 || changedDelta != 0) {
            counts.merge(
                key.instanceUuid(),
                new SessionCounts(addedDelta, changedDelta),
                SessionCounts::plus);
          }
          if (addedDelta > 0) {
            fixed.add(new Fix(key, Flag.FROM_REPORT));
          }
          if (changedDelta > 0) {
            fixed.add(new Fix(key, Flag.LEAVE_FROM_REPORT));
          }
        });
    instances.addSessionCounts(counts);
    Map<Flag, Integer> fresh = fixes.recordNew(fixed);
    if (!fresh.isEmpty()) {
      countOnCommit(fresh);
    }
  }

  /** The metrics move only when the fixes' rows commit: a retried batch is counted once. */
  private void countOnCommit(Map<Flag, Integer> fresh) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              added.increment(fresh.getOrDefault(Flag.FROM_REPORT, 0));
              changed.increment(fresh.getOrDefault(Flag.LEAVE_FROM_REPORT, 0));
            }
          }
        });
  }

  private static int indicator(boolean value) {
    return value ? 1 : 0;
  }
}
