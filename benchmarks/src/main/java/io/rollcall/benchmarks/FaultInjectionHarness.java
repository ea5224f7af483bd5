package io.rollcall.benchmarks;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Fault injection (issue 16), from outside a running local stack: plays a long meeting stream
 * (invitees joining, leaving and rejoining; 10 % of webhooks delivered twice; 5xx and refused
 * connections resent as Zoom resends them) while {@link FaultPlan} kills each service, the broker
 * and PostgreSQL's server with {@code kill -9} and pauses one service past its consumers' session
 * timeout, and {@link PoisonMessages} are written into every consumer's topic. At the end every
 * invitee's attended seconds are compared with the truth until they all match (or the timeout); it
 * prints deliveries, faults, invitees exact / short / double counted, the time to converge after
 * the last fault and the poison messages dead-lettered, and exits non-zero if any invitee is off,
 * it took longer than 30 s or a poison message is not on its dead-letter topic with a reason. Start
 * it through {@code benchmarks/fault-injection.sh}.
 */
public final class FaultInjectionHarness {
  private static final double TARGET_CONVERGE_SECONDS = 30;
  private static final long PROGRESS_NANOS = 15_000_000_000L;

  private final BenchContext ctx;
  private final FaultOptions options;

  private FaultInjectionHarness(BenchContext ctx, FaultOptions options) {
    this.ctx = ctx;
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    PipelineOptions pipeline = PipelineOptions.parse(args);
    FaultOptions faults = FaultOptions.parse(args);
    boolean passed;
    try (BenchContext ctx = new BenchContext(pipeline)) {
      passed = new FaultInjectionHarness(ctx, faults).run();
    }
    System.exit(passed ? 0 : 1);
  }

  private boolean run() throws Exception {
    System.out.printf(
        "== fault injection, run %s at %s: %d invitees, %.0f events/s, %.0f%% delivered twice%n",
        ctx.runId,
        Instant.now(),
        options.invitees(),
        options.rate(),
        options.duplicateShare() * 100);
    BenchMeetings.Prepared meeting = ctx.meetings.prepare("fault", 1, options.invitees()).get(0);
    ZoomEvents.Instance instance = ctx.startInstance(meeting.meeting());
    ctx.awaitInstance(instance, Duration.ofSeconds(120));
    AttendanceTruth truth = new AttendanceTruth(meeting.invitees());
    RoundRobinPresence presence = new RoundRobinPresence(ctx.events, instance, meeting.invitees());
    WebhookSender sender =
        new WebhookSender(
            URI.create(ctx.options.ingestUrl()),
            ctx.options.secret(),
            ctx.options.concurrency(),
            ctx.runId + "f",
            new WebhookSender.Retry(100_000, Duration.ofMillis(500), Duration.ofSeconds(5)));
    ZoomDeliveries deliveries = new ZoomDeliveries(sender, options.duplicateShare(), 16L);

    long streamStart = System.nanoTime();
    FaultPlan plan =
        new FaultPlan(
            new StackControl(options.runDir(), options.postgresDataDir(), options.servicePorts()),
            options,
            streamStart);
    CompletableFuture<Void> faults =
        CompletableFuture.runAsync(
            () -> {
              try {
                plan.run();
              } catch (Exception e) {
                throw new IllegalStateException("fault plan failed: " + e.getMessage(), e);
              }
            });
    System.out.println("== stream and faults (times since the stream began)");
    PoisonMessages poison = new PoisonMessages(ctx.options.kafka());
    ExecutorService poisoner = Executors.newSingleThreadExecutor();
    Runnable poisonOne = () -> poisoner.execute(() -> poison.inject(instance.uuid()));
    play(presence, truth, deliveries, poisonOne, plan.lastFaultEnded(), faults, streamStart);
    presence.leaveAll().forEach(e -> send(e, truth, deliveries));
    long neverAccepted = deliveries.awaitAll();
    long lastAccepted = System.nanoTime();
    faults.join();
    System.out.printf(
        "   +%6.1f s  stream over: every delivery answered (%d never accepted)%n",
        (lastAccepted - streamStart) / 1e9, neverAccepted);

    Converged converged = awaitConverged(instance, truth);
    poisoner.shutdown();
    poisoner.awaitTermination(10, TimeUnit.MINUTES);
    boolean passed =
        report(sender, deliveries, plan, truth, converged, lastAccepted, neverAccepted);
    try (poison) {
      return reportPoison(poison) && passed;
    }
  }

  /** Every poison message is on its dead-letter topic, with its reason. */
  private static boolean reportPoison(PoisonMessages poison) throws InterruptedException {
    Map<String, Long> sent = poison.sent();
    if (sent.isEmpty()) {
      return true;
    }
    List<String> reasons = new ArrayList<>();
    Map<String, Long> deadLettered = poison.awaitDeadLettered(Duration.ofSeconds(60), reasons);
    boolean all = deadLettered.equals(sent);
    System.out.printf(
        "  poison messages: written %s; dead-lettered with a reason %s: %s%n",
        sent, deadLettered, all ? "all" : "MISSING SOME");
    reasons.forEach(r -> System.out.println("    e.g. reason: " + r));
    return all;
  }

  /** Plays at the configured rate until the faults are over and the tail has passed. */
  private void play(
      RoundRobinPresence presence,
      AttendanceTruth truth,
      ZoomDeliveries deliveries,
      Runnable poisonOne,
      CompletableFuture<Long> lastFaultEnded,
      CompletableFuture<Void> faults,
      long start)
      throws InterruptedException {
    double intervalNanos = 1e9 / options.rate();
    long tailEnds = Long.MAX_VALUE;
    long nextProgress = start + PROGRESS_NANOS;
    for (long i = 0; System.nanoTime() < tailEnds; i++) {
      long wait = start + (long) (i * intervalNanos) - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      send(presence.next(), truth, deliveries);
      if (options.poisonEvery() > 0 && i % options.poisonEvery() == options.poisonEvery() / 2) {
        poisonOne.run();
      }
      if (faults.isCompletedExceptionally()) {
        faults.join(); // a failed plan ends the run here
      }
      if (lastFaultEnded.isDone() && tailEnds == Long.MAX_VALUE) {
        tailEnds = lastFaultEnded.join() + options.tailSeconds() * 1_000_000_000L;
      }
      if (System.nanoTime() > nextProgress) {
        nextProgress += PROGRESS_NANOS;
        System.out.printf(
            "   +%6.1f s  %,d events played, %,d duplicates; answers other than 2xx so far: %s%n",
            (System.nanoTime() - start) / 1e9,
            deliveries.originals(),
            deliveries.duplicates(),
            describe(deliveries.sender().nonSuccess()));
      }
    }
  }

  private static void send(
      RoundRobinPresence.Event event, AttendanceTruth truth, ZoomDeliveries deliveries) {
    truth.played(event);
    deliveries.deliver(event.body());
  }

  /** When the attendance first matched the truth, and the last comparison. */
  private record Converged(long atNanos, AttendanceTruth.Verdict verdict) {}

  private Converged awaitConverged(ZoomEvents.Instance instance, AttendanceTruth truth)
      throws InterruptedException {
    long deadline = System.nanoTime() + options.convergeTimeoutSeconds() * 1_000_000_000L;
    AttendanceTruth.Verdict last = null;
    while (System.nanoTime() < deadline) {
      try {
        var snapshot = ctx.attendance.attendance(instance.meetingId(), instance.uuid());
        if (snapshot.isPresent()) {
          last = truth.compare(snapshot.get());
          if (last.converged()) {
            return new Converged(snapshot.get().receivedNanos(), last);
          }
        }
      } catch (RuntimeException e) {
        // attendance-service still busy or away: ask again
      }
      Thread.sleep(500);
    }
    return new Converged(-1, last);
  }

  private boolean report(
      WebhookSender sender,
      ZoomDeliveries deliveries,
      FaultPlan plan,
      AttendanceTruth truth,
      Converged converged,
      long lastAccepted,
      long neverAccepted) {
    WebhookSender.Tally tally = sender.tally();
    System.out.println();
    System.out.println("RESULT (run " + ctx.runId + ", " + Instant.now() + ")");
    System.out.printf(
        "  deliveries: %,d events (%,d duplicates delivered too); %,d HTTP attempts, %,d accepted,"
            + " %,d resent after %s, %,d never accepted%n",
        deliveries.originals(),
        deliveries.duplicates(),
        tally.accepted() + tally.nonSuccess(),
        tally.accepted(),
        tally.nonSuccess(),
        describe(sender.nonSuccess()),
        neverAccepted);
    System.out.printf("  faults: %d%n", plan.injected().size());
    for (FaultPlan.Injected f : plan.injected()) {
      System.out.printf(
          "    +%6.1f s  %-55s healthy again after %5.1f s%n",
          f.atSeconds(), f.what(), f.healedSeconds());
    }
    AttendanceTruth.Verdict v = converged.verdict();
    if (v == null) {
      System.out.println("  attendance: never answered");
      return false;
    }
    System.out.printf(
        "  invitees: %d exact, %d short, %d double counted (unresolved entries: %d; %,d attended"
            + " seconds in all)%n",
        v.exact(), v.shortOnes(), v.doubled(), v.unresolved(), truth.totalSeconds());
    v.examples().forEach(e -> System.out.println("    e.g. " + e));
    boolean inTime = false;
    if (converged.atNanos() < 0) {
      System.out.printf(
          "  converged: NO, not within %d s after the stream%n", options.convergeTimeoutSeconds());
    } else {
      double afterFault = (converged.atNanos() - plan.lastFaultEnded().join()) / 1e9;
      double afterLast = (converged.atNanos() - lastAccepted) / 1e9;
      inTime = afterFault <= TARGET_CONVERGE_SECONDS;
      System.out.printf(
          "  converged: %.1f s after the last fault (%.1f s after the last delivery was accepted)%n",
          afterFault, afterLast);
    }
    boolean passed = v.converged() && inTime && neverAccepted == 0;
    System.out.printf(
        "  target (0 lost, 0 double counted, converged <= %.0f s after the last fault): %s%n",
        TARGET_CONVERGE_SECONDS, passed ? "MET" : "MISSED");
    return passed;
  }

  private static String describe(Map<Integer, Long> nonSuccess) {
    if (nonSuccess.isEmpty()) {
      return "none";
    }
    StringBuilder b = new StringBuilder();
    nonSuccess.forEach(
        (status, count) -> {
          if (b.length() > 0) {
            b.append(", ");
          }
          b.append(status < 0 ? "no answer" : String.valueOf(status)).append(" x").append(count);
        });
    return b.toString();
  }
}
