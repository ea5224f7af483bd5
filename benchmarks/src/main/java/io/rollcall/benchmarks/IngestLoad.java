package io.rollcall.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Drives one HTTP endpoint with signed Zoom webhooks and prints requests/s, latency percentiles and
 * errors.
 *
 * <ul>
 *   <li>{@code --mode fixed --rate 2000}: open loop at a fixed rate; latency is measured from the
 *       moment each request was due, so a stall is not hidden (no coordinated omission).
 *   <li>{@code --mode max --concurrency 64}: closed loop, as fast as the server answers.
 * </ul>
 *
 * Usage: {@code IngestLoad --url http://127.0.0.1:8081/zoom/webhooks --secret S --label ingest
 * [--mode fixed|max] [--rate 2000] [--concurrency 64] [--seconds 20] [--warmup-seconds 5]}
 */
public final class IngestLoad {
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI url;
  private final SignedWebhooks webhooks;
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong ok = new AtomicLong();
  private final Map<Integer, AtomicLong> statuses = new java.util.concurrent.ConcurrentHashMap<>();

  private IngestLoad(URI url, String secret) {
    this.url = url;
    this.webhooks = new SignedWebhooks(secret);
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = parse(args);
    IngestLoad load = new IngestLoad(URI.create(opts.get("url")), opts.get("secret"));
    String mode = opts.getOrDefault("mode", "max");
    int seconds = Integer.parseInt(opts.getOrDefault("seconds", "20"));
    int warmup = Integer.parseInt(opts.getOrDefault("warmup-seconds", "5"));
    int rate = Integer.parseInt(opts.getOrDefault("rate", "2000"));
    int concurrency = Integer.parseInt(opts.getOrDefault("concurrency", "64"));

    if (warmup > 0) {
      load.run(mode, rate, concurrency, warmup, new Recorder(3));
      load.reset();
    }
    Recorder recorder = new Recorder(3);
    long start = System.nanoTime();
    load.run(mode, rate, concurrency, seconds, recorder);
    double elapsed = (System.nanoTime() - start) / 1e9;
    Histogram h = recorder.getIntervalHistogram();
    System.out.printf(
        "RESULT label=%s mode=%s target=%s requests=%d ok=%d errors=%d req_per_s=%.0f"
            + " p50_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f statuses=%s%n",
        opts.getOrDefault("label", "run"),
        mode,
        mode.equals("fixed") ? rate + "/s" : concurrency + " in flight",
        load.ok.get() + load.errors.get(),
        load.ok.get(),
        load.errors.get(),
        load.ok.get() / elapsed,
        h.getValueAtPercentile(50) / 1e6,
        h.getValueAtPercentile(99) / 1e6,
        h.getValueAtPercentile(99.9) / 1e6,
        h.getMaxValue() / 1e6,
        load.statuses);
  }

  private void reset() {
    ok.set(0);
    errors.set(0);
    statuses.clear();
  }

  private void run(String mode, int rate, int concurrency, int seconds, Recorder recorder)
      throws InterruptedException {
    if (mode.equals("fixed")) {
      runFixedRate(rate, seconds, recorder);
    } else {
      runMax(concurrency, seconds, recorder);
    }
  }

  private void runFixedRate(int rate, int seconds, Recorder recorder) throws InterruptedException {
    long intervalNanos = 1_000_000_000L / rate;
    long total = (long) rate * seconds;
    CountDownLatch done = new CountDownLatch((int) total);
    long start = System.nanoTime();
    for (long i = 0; i < total; i++) {
      long due = start + i * intervalNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      send(due, recorder).whenComplete((r, e) -> done.countDown());
    }
    done.await(seconds + 30L, TimeUnit.SECONDS);
  }

  private void runMax(int concurrency, int seconds, Recorder recorder) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    Semaphore inFlight = new Semaphore(concurrency);
    while (System.nanoTime() < end) {
      inFlight.acquire();
      send(System.nanoTime(), recorder).whenComplete((r, e) -> inFlight.release());
    }
    inFlight.acquire(concurrency);
  }

  private CompletableFuture<HttpResponse<Void>> send(long dueNanos, Recorder recorder) {
    SignedWebhooks.Request webhook = webhooks.next();
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(10))
            .header("content-type", "application/json; charset=utf-8")
            .header("x-zm-request-timestamp", webhook.timestamp())
            .header("x-zm-signature", webhook.signature())
            .header("x-zm-request-id", webhook.requestId())
            .POST(HttpRequest.BodyPublishers.ofByteArray(webhook.body()))
            .build();
    return client
        .sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .whenComplete(
            (response, error) -> {
              recorder.recordValue(Math.max(0, System.nanoTime() - dueNanos));
              if (error == null && response.statusCode() == 200) {
                ok.incrementAndGet();
              } else {
                errors.incrementAndGet();
              }
              int status = error == null ? response.statusCode() : -1;
              statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
            });
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    if (!opts.containsKey("url") || !opts.containsKey("secret")) {
      throw new IllegalArgumentException("--url and --secret are required");
    }
    return opts;
  }
}
