package io.rollcall.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

/**
 * Scenario 1, the join storm: N people join one instance at once ({@code min(N, 4,999)} invitees, a
 * meeting's registrant limit, and the rest guests through the generic link), every join sent as
 * fast as ingest-service accepts it with {@code concurrency} requests in flight, in shuffled order.
 * Measured: seconds from the last accepted webhook until the attendance API shows all N attendees
 * (all accepted ones, should ingest-service refuse any: refusals are counted and reported).
 *
 * <p>Cheap waiting: per instance, Kafka keeps the order ingest-service wrote, and identity- and
 * attendance-service apply it in that order; so the benchmark first polls {@code GET
 * /people/{ref}/attendance} (one person, cheap) of the invitees among the last accepted webhooks,
 * and only then reads the whole instance to check that all N are there (and keeps reading it,
 * adaptively, if not). A full read every 10 s meanwhile prints progress.
 */
final class StormScenario {
  /** One storm's outcome; {@code secondsToVisible} empty when not all were visible in time. */
  record Result(
      int size,
      int invitees,
      int guests,
      double sendSeconds,
      Optional<Double> secondsToVisible,
      int visibleAtEnd,
      long resolvedAtEnd,
      MeasuredWindow.Cost cost) {}

  private static final long PROGRESS_NANOS = 10_000_000_000L;

  private final BenchContext ctx;

  StormScenario(BenchContext ctx) {
    this.ctx = ctx;
  }

  /** A storm ready to go: who joins (shuffled) and their join webhooks, built in advance. */
  private record Storm(
      int size,
      int invitees,
      int guests,
      ZoomEvents.Instance instance,
      List<Person> people,
      List<byte[]> joins) {}

  /** What playing a storm gave: when the joins were accepted and when all were visible. */
  private record Played(double sendSeconds, long lastAccept, Visibility visibility) {}

  Result run(int size) throws Exception {
    Storm storm = setUp(size, "s" + size);
    MeasuredWindow window = MeasuredWindow.open(ctx, "storm-" + size);
    Played played = play(storm);
    window.measured();
    MeasuredWindow.Cost cost = window.close();
    Visibility visible = played.visibility();
    Optional<Double> seconds =
        visible.complete()
            ? Optional.of((visible.atNanos() - played.lastAccept()) / 1e9)
            : Optional.empty();
    return new Result(
        size,
        storm.invitees(),
        storm.guests(),
        played.sendSeconds(),
        seconds,
        visible.count(),
        visible.resolved(),
        cost);
  }

  /**
   * An unmeasured storm first, so that the measured ones do not pay for the services' JIT
   * compilation and connection pools (which would flatter the large-to-small cost ratio).
   */
  void warmUp(int size) throws Exception {
    play(setUp(size, "warmup"));
  }

  private Storm setUp(int size, String label) throws Exception {
    int invitees = Math.min(size, 4999);
    int guests = size - invitees;
    System.out.printf(
        "== storm %s: %,d (%,d invitees, %,d guests)%n", label, size, invitees, guests);
    BenchMeetings.Prepared meeting = ctx.meetings.prepare(label, 1, invitees).get(0);
    List<Person> people = new ArrayList<>(meeting.invitees());
    for (int g = 0; g < guests; g++) {
      people.add(Person.guest(String.format("b%s-%s-g%05d", ctx.runId, label, g)));
    }
    Collections.shuffle(people, new Random(size));
    ZoomEvents.Instance instance = ctx.startInstance(meeting.meeting());
    ctx.awaitInstance(instance, Duration.ofSeconds(120));
    Instant now = Instant.now();
    List<byte[]> joins = new ArrayList<>(people.size());
    for (Person p : people) {
      joins.add(ctx.events.joined(instance, ctx.events.connect(p), now));
    }
    return new Storm(size, invitees, guests, instance, people, joins);
  }

  private Played play(Storm storm) throws InterruptedException {
    long sendStart = System.nanoTime();
    long[] accepted = send(storm.joins());
    long lastAccept = java.util.Arrays.stream(accepted).max().orElseThrow();
    int expected = (int) java.util.Arrays.stream(accepted).filter(a -> a >= 0).count();
    double sendSeconds = (lastAccept - sendStart) / 1e9;
    System.out.printf(
        "   %,d joins accepted in %.2f s (%,.0f/s); waiting until all are visible%n",
        expected, sendSeconds, expected / sendSeconds);
    Visibility visible =
        awaitAllVisible(storm.instance(), storm.people(), accepted, expected, lastAccept);
    if (visible.complete()) {
      System.out.printf(
          "   all %,d visible %.2f s after the last accepted join%n",
          expected, (visible.atNanos() - lastAccept) / 1e9);
    }
    return new Played(sendSeconds, lastAccept, visible);
  }

  /** Sends every join; returns each one's accept time (-1: refused), in the joins' order. */
  private long[] send(List<byte[]> joins) {
    List<CompletableFuture<Long>> futures = new ArrayList<>(joins.size());
    for (byte[] join : joins) {
      futures.add(ctx.sender.send(join));
    }
    long[] accepted = new long[joins.size()];
    for (int i = 0; i < accepted.length; i++) {
      accepted[i] = futures.get(i).join();
    }
    return accepted;
  }

  private record Visibility(
      boolean complete, long atNanos, int count, long resolved, long tookMs) {}

  private Visibility read(ZoomEvents.Instance instance, int expected) {
    Optional<AttendanceClient.Snapshot> s =
        ctx.attendance.attendance(instance.meetingId(), instance.uuid());
    if (s.isEmpty()) {
      return new Visibility(false, System.nanoTime(), 0, 0, 0);
    }
    int count = s.get().attendees().size();
    return new Visibility(
        count >= expected,
        s.get().receivedNanos(),
        count,
        s.get().resolved(),
        s.get().tookNanos() / 1_000_000);
  }

  private Visibility awaitAllVisible(
      ZoomEvents.Instance instance,
      List<Person> people,
      long[] accepted,
      int expected,
      long lastAccept)
      throws InterruptedException {
    long deadline = lastAccept + ctx.options.timeoutSeconds() * 1_000_000_000L;
    awaitSentinels(sentinels(people, accepted), instance, expected, deadline);
    // At least one full read, also when the sentinels used up the time: it says how many are there.
    Visibility last = read(instance, expected);
    while (!last.complete() && System.nanoTime() < deadline) {
      Thread.sleep(Math.max(ctx.options.pollMs(), 3 * last.tookMs()));
      last = read(instance, expected);
    }
    if (last.complete()) {
      return last;
    }
    System.out.printf(
        "   gave up %d s after the last accepted webhook: %,d of %,d visible%n",
        ctx.options.timeoutSeconds(), last.count(), expected);
    return last;
  }

  /** The invitees among the last 2 × concurrency accepted joins (refused ones never show). */
  private List<String> sentinels(List<Person> people, long[] accepted) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < accepted.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingLong((Integer i) -> accepted[i]).reversed());
    List<String> refs = new ArrayList<>();
    for (int i : order.subList(0, Math.min(order.size(), 2 * ctx.options.concurrency()))) {
      if (!people.get(i).isGuest() && accepted[i] >= 0) {
        refs.add(people.get(i).ref());
      }
    }
    return refs;
  }

  private void awaitSentinels(
      List<String> sentinels, ZoomEvents.Instance instance, int size, long deadline)
      throws InterruptedException {
    List<String> unseen = new ArrayList<>(sentinels);
    long nextProgress = System.nanoTime() + PROGRESS_NANOS;
    while (!unseen.isEmpty() && System.nanoTime() < deadline) {
      unseen.removeIf(ctx.attendance::personVisible);
      if (System.nanoTime() > nextProgress) {
        nextProgress += PROGRESS_NANOS;
        int count =
            ctx.attendance
                .attendance(instance.meetingId(), instance.uuid())
                .map(s -> s.attendees().size())
                .orElse(0);
        System.out.printf("   ... %,d of %,d visible%n", count, size);
      }
      if (!unseen.isEmpty()) {
        Thread.sleep(ctx.options.pollMs());
      }
    }
  }
}
