package io.rollcall.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Posts signed webhooks to ingest-service's {@code POST /zoom/webhooks} with at most {@code
 * concurrency} requests in flight (callers block for a free slot). A 5xx or a failed connection is
 * retried as its {@link Retry} says — by default at once, up to {@link #ATTEMPTS} attempts —
 * re-signed with the same request id (Zoom retries 5xx the same way, only later); every non-2xx
 * answer is counted, so a run can show that everything it sent was accepted.
 */
final class WebhookSender {
  static final int ATTEMPTS = 3;

  /**
   * How a 5xx or a failed connection is retried: up to {@code attempts} in all, waiting {@code
   * delay} before the first retry, doubling up to {@code maxDelay}.
   */
  record Retry(int attempts, Duration delay, Duration maxDelay) {
    /** The benchmarks' default: {@link #ATTEMPTS} attempts, no wait. */
    static final Retry AT_ONCE = new Retry(ATTEMPTS, Duration.ZERO, Duration.ZERO);

    Duration before(int attempt) {
      Duration d = delay;
      for (int i = 2; i < attempt && d.compareTo(maxDelay) < 0; i++) {
        d = d.multipliedBy(2);
      }
      return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
  }

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI url;
  private final SignedWebhooks signer;
  private final Semaphore slots;
  private final String runId;
  private final Retry retry;
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final Map<Integer, AtomicLong> nonSuccess = new ConcurrentHashMap<>();

  WebhookSender(URI url, String secret, int concurrency, String runId) {
    this(url, secret, concurrency, runId, Retry.AT_ONCE);
  }

  WebhookSender(URI url, String secret, int concurrency, String runId, Retry retry) {
    this.retry = retry;
    this.url = url;
    this.signer = new SignedWebhooks(secret);
    this.slots = new Semaphore(concurrency);
    this.runId = runId;
  }

  /**
   * Sends one webhook; completes with {@link System#nanoTime()} of its 2xx answer, or with -1 when
   * every attempt failed.
   */
  CompletableFuture<Long> send(byte[] body) {
    String requestId = "bench_" + runId + "_" + sequence.incrementAndGet();
    slots.acquireUninterruptibly();
    CompletableFuture<Long> result = attempt(body, requestId, 1);
    result.whenComplete((nanos, error) -> slots.release());
    return result;
  }

  private CompletableFuture<Long> attempt(byte[] body, String requestId, int attempt) {
    SignedWebhooks.Request signed = signer.sign(body, requestId);
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(10))
            .header("content-type", "application/json; charset=utf-8")
            .header("x-zm-request-timestamp", signed.timestamp())
            .header("x-zm-signature", signed.signature())
            .header("x-zm-request-id", signed.requestId())
            .POST(HttpRequest.BodyPublishers.ofByteArray(signed.body()))
            .build();
    return client
        .sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .handle((response, error) -> response == null ? -1 : response.statusCode())
        .thenCompose(
            status -> {
              long now = System.nanoTime();
              if (status / 100 == 2) {
                accepted.incrementAndGet();
                return CompletableFuture.completedFuture(now);
              }
              nonSuccess.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
              boolean retryable = status == -1 || status >= 500;
              if (retryable && attempt < retry.attempts()) {
                Duration wait = retry.before(attempt + 1);
                if (wait.isZero()) {
                  return attempt(body, requestId, attempt + 1);
                }
                return CompletableFuture.supplyAsync(
                        () -> null,
                        CompletableFuture.delayedExecutor(
                            wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS))
                    .thenCompose(ignored -> attempt(body, requestId, attempt + 1));
              }
              failed.incrementAndGet();
              return CompletableFuture.completedFuture(-1L);
            });
  }

  /** Counts so far; a scenario reports the difference between two tallies. */
  record Tally(long accepted, long failed, long nonSuccess) {
    Tally minus(Tally before) {
      return new Tally(
          accepted - before.accepted, failed - before.failed, nonSuccess - before.nonSuccess);
    }
  }

  Tally tally() {
    return new Tally(accepted.get(), failed.get(), nonSuccessCount());
  }

  /** Webhooks answered 2xx. */
  long accepted() {
    return accepted.get();
  }

  /** Webhooks that were still not accepted after their last attempt. */
  long failed() {
    return failed.get();
  }

  /** Every non-2xx answer by status (-1: no answer), retried attempts included. */
  Map<Integer, Long> nonSuccess() {
    Map<Integer, Long> copy = new TreeMap<>();
    nonSuccess.forEach((status, count) -> copy.put(status, count.get()));
    return copy;
  }

  /** Total of {@link #nonSuccess()}. */
  long nonSuccessCount() {
    return nonSuccess.values().stream().mapToLong(AtomicLong::get).sum();
  }
}
