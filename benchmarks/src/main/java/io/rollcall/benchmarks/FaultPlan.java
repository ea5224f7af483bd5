package io.rollcall.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The faults, one after the other while the stream plays: {@code kill -9} of each service in turn
 * (identity-service twice), of the Kafka broker and of PostgreSQL's server, then a pause (SIGSTOP,
 * SIGCONT) of one service for longer than the consumers' session timeout. Before each fault the
 * stack must be healthy again and have run under load for a while; after the last one nothing
 * waits: the stream ends shortly after it, so the time to converge is measured from that fault.
 */
final class FaultPlan {
  /**
   * One fault: what, when (seconds since the stream began), and how long the stack took to heal.
   */
  record Injected(String what, double atSeconds, double endedAtSeconds, double healedSeconds) {}

  private static final Duration HEAL_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration NOTICE_TIMEOUT = Duration.ofSeconds(10);

  private interface Action {
    void run() throws Exception;
  }

  private final StackControl stack;
  private final FaultOptions options;
  private final long streamStart;
  private final List<Injected> injected = new ArrayList<>();
  private final CompletableFuture<Long> lastFaultEnded = new CompletableFuture<>();

  FaultPlan(StackControl stack, FaultOptions options, long streamStart) {
    this.stack = stack;
    this.options = options;
    this.streamStart = streamStart;
  }

  /** Runs every fault; returns when the stack has healed from the last one. */
  void run() throws Exception {
    stack.awaitHealthy(HEAL_TIMEOUT);
    settle();
    for (String service : options.servicesToKill()) {
      inject("kill -9 " + service, false, () -> stack.kill(service));
    }
    inject("kill -9 kafka (broker)", false, () -> stack.kill("kafka"));
    inject("kill -9 postgres (server)", false, stack::killPostgresServer);
    inject(
        "SIGSTOP " + options.pauseService() + " for " + options.pauseSeconds() + " s, SIGCONT",
        true,
        () -> {
          stack.signal(options.pauseService(), "STOP");
          try {
            Thread.sleep(options.pauseSeconds() * 1000L);
          } finally {
            stack.signal(options.pauseService(), "CONT");
          }
        });
  }

  List<Injected> injected() {
    return List.copyOf(injected);
  }

  /**
   * Completes with {@link System#nanoTime()} when the last fault ended (the SIGCONT of the pause),
   * before the stack has healed from it.
   */
  CompletableFuture<Long> lastFaultEnded() {
    return lastFaultEnded;
  }

  private void inject(String what, boolean last, Action action) throws Exception {
    double at = since(System.nanoTime());
    System.out.printf("   +%6.1f s  fault: %s%n", at, what);
    action.run();
    long ended = System.nanoTime();
    if (last) {
      lastFaultEnded.complete(ended);
    }
    awaitNoticed();
    stack.awaitHealthy(HEAL_TIMEOUT);
    double healed = (System.nanoTime() - ended) / 1e9;
    injected.add(new Injected(what, at, since(ended), healed));
    System.out.printf(
        "   +%6.1f s  healthy again %.1f s after it%n", since(System.nanoTime()), healed);
    if (!last) {
      settle();
    }
  }

  /** The supervisor or a readiness check has seen the fault (a kill is noticed within a second). */
  private void awaitNoticed() throws InterruptedException {
    long deadline = System.nanoTime() + NOTICE_TIMEOUT.toNanos();
    while (stack.healthy() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
  }

  private void settle() throws InterruptedException {
    Thread.sleep(options.settleSeconds() * 1000L);
  }

  private double since(long nanos) {
    return (nanos - streamStart) / 1e9;
  }
}
