package io.rollcall.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** What every scenario uses: the stack's APIs, the webhook sender, and the meters. */
final class BenchContext implements AutoCloseable {
  final PipelineOptions options;
  final String runId;
  final ZoomEvents events = new ZoomEvents();
  final WebhookSender sender;
  final AttendanceClient attendance;
  final BenchMeetings meetings;
  final StackProcesses processes;
  final CpuMeter cpu;
  final RssSampler rss;
  final JfrRecorder jfr;
  private final LinkRegistryWatch registry;

  BenchContext(PipelineOptions options) {
    this.options = options;
    this.runId = Long.toString(System.currentTimeMillis(), 36);
    this.sender =
        new WebhookSender(
            URI.create(options.ingestUrl()), options.secret(), options.concurrency(), runId);
    this.attendance = new AttendanceClient(new JsonHttp(options.attendanceUrl(), options.apiKey()));
    this.registry = new LinkRegistryWatch(options.kafka());
    this.meetings =
        new BenchMeetings(
            new MeetingServiceClient(new JsonHttp(options.meetingUrl(), options.apiKey())),
            registry,
            runId);
    this.processes = new StackProcesses(options.pids());
    this.cpu = new CpuMeter(processes);
    this.rss = new RssSampler(processes);
    this.jfr = new JfrRecorder(options.jfrDirectory(), jfrTargets(options.pids()));
  }

  /**
   * Starts a new instance of the meeting ({@code meeting.started}) and waits until
   * attendance-service knows it, so the measured window starts with an idle pipeline.
   */
  ZoomEvents.Instance startInstance(MeetingServiceClient.Scheduled meeting) throws Exception {
    ZoomEvents.Instance instance =
        new ZoomEvents.Instance(
            meeting.meetingId(), ZoomEvents.newInstanceUuid(), meeting.hostId());
    if (sender.send(events.started(instance, Instant.now())).get() < 0) {
      throw new IllegalStateException("ingest-service did not accept meeting.started");
    }
    return instance;
  }

  /** Waits until attendance-service shows the instance. */
  void awaitInstance(ZoomEvents.Instance instance, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!attendance.instanceKnown(instance.meetingId(), instance.uuid())) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "attendance-service did not show instance "
                + instance.uuid()
                + " of meeting "
                + instance.meetingId()
                + " within "
                + timeout);
      }
      Thread.sleep(200);
    }
  }

  /** The 1, 5 and 15 minute load averages of this machine, e.g. "1.52 1.80 1.41". */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "n/a";
    }
  }

  private static Map<String, Long> jfrTargets(Map<String, Long> pids) {
    Map<String, Long> targets = new java.util.LinkedHashMap<>();
    for (String service : new String[] {StackProcesses.IDENTITY, StackProcesses.ATTENDANCE}) {
      if (pids.containsKey(service)) {
        targets.put(service, pids.get(service));
      }
    }
    return targets;
  }

  @Override
  public void close() {
    registry.close();
  }
}
