package io.rollcall.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.HdrHistogram.Histogram;

/**
 * Plays joins and leaves into meeting instances at a fixed total rate (an open loop, round robin
 * over the instances, each instance's people in a {@link RoundRobinPresence}), and measures, for
 * the events of the first {@code probes} instances, accepted → visible in the attendance API
 * ({@link VisibilityTracker}, {@link AttendancePoller}). After the last event it waits for what is
 * still unseen, up to the configured timeout; what is still unseen then is censored.
 */
final class OpenLoopPlayer {
  /** What one play measured. */
  record Outcome(
      long sent,
      double sendSeconds,
      long measured,
      Histogram latencies,
      long censored,
      double drainSeconds,
      String polling) {}

  private static final long PROGRESS_NANOS = 10_000_000_000L;

  private final BenchContext ctx;

  OpenLoopPlayer(BenchContext ctx) {
    this.ctx = ctx;
  }

  Outcome play(
      List<ZoomEvents.Instance> instances,
      List<RoundRobinPresence> presences,
      int probes,
      double rate,
      int seconds)
      throws InterruptedException {
    VisibilityTracker tracker = new VisibilityTracker();
    List<AttendancePoller.Target> targets = new ArrayList<>();
    for (ZoomEvents.Instance i : instances.subList(0, probes)) {
      targets.add(new AttendancePoller.Target(i.meetingId(), i.uuid()));
    }
    AttendancePoller poller =
        new AttendancePoller(ctx.attendance, tracker, targets, ctx.options.pollMs());
    poller.start();
    List<CompletableFuture<Void>> futures = new ArrayList<>();
    double sendSeconds =
        FixedRate.run(
            rate,
            seconds,
            i -> {
              int m = (int) (i % instances.size());
              RoundRobinPresence.Event event = presences.get(m).next();
              String meetingId = instances.get(m).meetingId();
              futures.add(
                  ctx.sender
                      .send(event.body())
                      .thenAccept(
                          nanos -> {
                            if (nanos >= 0 && m < probes) {
                              tracker.expect(meetingId, event.accepted(nanos));
                            }
                          }));
            });
    futures.forEach(CompletableFuture::join);
    long lastAccept = System.nanoTime();
    long deadline = lastAccept + ctx.options.timeoutSeconds() * 1_000_000_000L;
    long nextProgress = lastAccept + PROGRESS_NANOS;
    while (tracker.pending() > 0 && System.nanoTime() < deadline) {
      if (System.nanoTime() > nextProgress) {
        nextProgress += PROGRESS_NANOS;
        System.out.printf("   ... %,d events not visible yet%n", tracker.pending());
      }
      Thread.sleep(50);
    }
    double drainSeconds = (System.nanoTime() - lastAccept) / 1e9;
    tracker.censorPending(System.nanoTime());
    poller.stop();
    Histogram latencies = tracker.latencies();
    return new Outcome(
        futures.size(),
        sendSeconds,
        latencies.getTotalCount(),
        latencies,
        tracker.censored(),
        drainSeconds,
        poller.describe());
  }
}
