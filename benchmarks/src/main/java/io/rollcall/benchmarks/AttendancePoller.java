package io.rollcall.benchmarks;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Polls the attendance API of instances that still have unseen events and hands each answer to a
 * {@link VisibilityTracker}. Adaptive, so that polling does not dominate what it measures: a cycle
 * starts {@code max(interval, 3 × the last cycle's duration)} after the previous one, so a large
 * instance (slow to query) is polled less often and polling takes at most a quarter of one request
 * thread of attendance-service.
 */
final class AttendancePoller {
  /** One meeting instance to poll. */
  record Target(String meetingId, String instanceUuid) {}

  private final AttendanceClient attendance;
  private final VisibilityTracker tracker;
  private final List<Target> targets;
  private final long intervalMs;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private Thread thread;
  private long polls;
  private long queryNanos;
  private long cycles;
  private long cycleStartSpanNanos;

  AttendancePoller(
      AttendanceClient attendance,
      VisibilityTracker tracker,
      List<Target> targets,
      long intervalMs) {
    this.attendance = attendance;
    this.tracker = tracker;
    this.targets = List.copyOf(targets);
    this.intervalMs = intervalMs;
  }

  void start() {
    thread = new Thread(this::loop, "attendance-poller");
    thread.setDaemon(true);
    thread.start();
  }

  void stop() throws InterruptedException {
    running.set(false);
    thread.join();
  }

  /** e.g. "412 polls, every 180 ms, 35 ms each (mean)". */
  String describe() {
    if (polls == 0) {
      return "0 polls";
    }
    return String.format(
        "%d polls, a cycle every %.0f ms, %.0f ms per query (means)",
        polls, cycles == 0 ? 0 : cycleStartSpanNanos / 1e6 / cycles, queryNanos / 1e6 / polls);
  }

  private void loop() {
    long previousStart = 0;
    while (running.get()) {
      long start = System.nanoTime();
      if (previousStart != 0) {
        cycleStartSpanNanos += start - previousStart;
        cycles++;
      }
      previousStart = start;
      for (Target t : targets) {
        if (tracker.pending(t.meetingId()) > 0) {
          poll(t);
        }
      }
      long took = System.nanoTime() - start;
      long waitMs = Math.max(intervalMs, 3 * took / 1_000_000) - took / 1_000_000;
      sleep(Math.max(waitMs, 5));
    }
  }

  private void poll(Target t) {
    try {
      Optional<AttendanceClient.Snapshot> snapshot =
          attendance.attendance(t.meetingId(), t.instanceUuid());
      polls++;
      snapshot.ifPresent(
          s -> {
            queryNanos += s.tookNanos();
            tracker.match(t.meetingId(), s);
          });
    } catch (RuntimeException e) {
      // One failed poll (e.g. a timeout under load) is retried by the next cycle.
      System.err.println("attendance poll of meeting " + t.meetingId() + " failed: " + e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
