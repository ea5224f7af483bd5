package io.rollcall.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sets meetings up before a measured window, outside it: schedules them and registers their
 * invitees through meeting-service, then waits until identity-service applied every link. Prints
 * how long registration took (zoom-simulator rate-limits registrations as Zoom does).
 */
final class BenchMeetings {
  /** A meeting ready to be played: its invitees carry their registrant ids. */
  record Prepared(MeetingServiceClient.Scheduled meeting, List<Person> invitees) {}

  private static final int PARALLEL_REGISTRATIONS = 4;

  private final MeetingServiceClient meetings;
  private final LinkRegistryWatch registry;
  private final String runId;

  BenchMeetings(MeetingServiceClient meetings, LinkRegistryWatch registry, String runId) {
    this.meetings = meetings;
    this.registry = registry;
    this.runId = runId;
  }

  /**
   * {@code count} meetings of {@code invitees} invitees each, labelled {@code label} (refs are
   * {@code b<run>-<label>-m<meeting>-<n>}, unique to this run).
   */
  List<Prepared> prepare(String label, int count, int invitees) throws Exception {
    long linksBefore = registry.linkEvents();
    long start = System.nanoTime();
    List<Prepared> prepared = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, PARALLEL_REGISTRATIONS));
    try {
      List<Future<Prepared>> futures = new ArrayList<>();
      for (int m = 0; m < count; m++) {
        int meeting = m;
        futures.add(pool.submit(() -> prepareOne(label, meeting, invitees)));
      }
      for (Future<Prepared> f : futures) {
        prepared.add(f.get());
      }
    } finally {
      pool.shutdown();
    }
    Duration registration = Duration.ofNanos(System.nanoTime() - start);
    // One link event per invitee, and one per meeting announcing its host.
    long links = (long) count * invitees + count;
    if (!registry.awaitConsumed(linksBefore + links, Duration.ofMinutes(10))) {
      throw new IllegalStateException(
          "identity-service did not apply the " + links + " new links within 10 minutes");
    }
    Duration total = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf(
        "   set-up %s: %d meeting(s) x %d invitees registered through meeting-service in %.1f s;"
            + " identity-service had every link after %.1f s (not measured)%n",
        label, count, invitees, registration.toMillis() / 1e3, total.toMillis() / 1e3);
    return prepared;
  }

  private Prepared prepareOne(String label, int meeting, int invitees) {
    String prefix = "b" + runId + "-" + label + "-m" + meeting;
    MeetingServiceClient.Scheduled scheduled =
        meetings.schedule(prefix + "-host@bench.test", "Benchmark " + prefix);
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < invitees; i++) {
      people.add(Person.invitee(String.format("%s-%05d", prefix, i)));
    }
    return new Prepared(scheduled, meetings.register(scheduled.meetingId(), people));
  }
}
