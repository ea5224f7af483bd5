package io.rollcall.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Per event, the time from "ingest-service accepted the webhook" to "the attendance API shows it".
 * A join is shown when the person's attendee has a session that started at the join's time; a leave
 * when that session ended at the leave's time (each join is a new connection, and a person's event
 * times strictly increase, so a session is identified by its times). Latency runs from the 2xx
 * answer to the arrival of the first attendance answer showing the event: an upper bound, at most
 * one poll interval plus one query late.
 */
final class VisibilityTracker {
  /** One accepted event still to be seen; {@code leftAt} null for a join. */
  record Expectation(String ref, Instant joinedAt, Instant leftAt, long acceptedNanos) {
    boolean shownBy(AttendanceClient.Attendee attendee) {
      for (AttendanceClient.Session s : attendee.sessions()) {
        if (joinedAt.equals(s.joinedAt()) && (leftAt == null || leftAt.equals(s.leftAt()))) {
          return true;
        }
      }
      return false;
    }
  }

  private final Histogram latencies = new Histogram(3_600_000_000_000L, 3);
  private final Map<String, List<Expectation>> pendingByMeeting = new HashMap<>();
  private long censored;

  synchronized void expect(String meetingId, Expectation expectation) {
    pendingByMeeting.computeIfAbsent(meetingId, m -> new ArrayList<>()).add(expectation);
  }

  /** Records and removes every pending event of the meeting that the snapshot shows. */
  synchronized void match(String meetingId, AttendanceClient.Snapshot snapshot) {
    List<Expectation> pending = pendingByMeeting.get(meetingId);
    if (pending == null || pending.isEmpty()) {
      return;
    }
    Map<String, AttendanceClient.Attendee> byRef = new HashMap<>();
    for (AttendanceClient.Attendee a : snapshot.attendees()) {
      if (a.ref() != null) {
        byRef.put(a.ref(), a);
      }
    }
    for (Iterator<Expectation> it = pending.iterator(); it.hasNext(); ) {
      Expectation e = it.next();
      AttendanceClient.Attendee attendee = byRef.get(e.ref());
      if (attendee != null && e.shownBy(attendee)) {
        latencies.recordValue(Math.max(0, snapshot.receivedNanos() - e.acceptedNanos()));
        it.remove();
      }
    }
  }

  synchronized int pending(String meetingId) {
    List<Expectation> pending = pendingByMeeting.get(meetingId);
    return pending == null ? 0 : pending.size();
  }

  synchronized int pending() {
    return pendingByMeeting.values().stream().mapToInt(List::size).sum();
  }

  /**
   * Gives up on what is still pending: each is recorded as its wait so far (a lower bound of its
   * latency) and counted as censored.
   */
  synchronized void censorPending(long nowNanos) {
    for (List<Expectation> pending : pendingByMeeting.values()) {
      for (Expectation e : pending) {
        latencies.recordValue(Math.max(0, nowNanos - e.acceptedNanos()));
        censored++;
      }
      pending.clear();
    }
  }

  synchronized Histogram latencies() {
    return latencies.copy();
  }

  synchronized long censored() {
    return censored;
  }
}
