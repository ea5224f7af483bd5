package io.rollcall.simulator.service;

import io.rollcall.simulator.config.SimConfig;
import io.rollcall.simulator.domain.Quirks;
import io.rollcall.simulator.domain.Signature;
import io.rollcall.simulator.domain.WebhookEvent;
import io.rollcall.simulator.domain.WebhookLoss;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Sends webhooks as Zoom does: signed with the secret token of the event's account, one lane per
 * meeting instance (in order), retried on 5xx and timeouts on Zoom's schedule with a stable
 * x-zm-request-id, never retried on 3xx/4xx. Quirks add delays and duplicate copies, and lose
 * deliveries ({@code loss_rate}, {@link WebhookLoss}).
 */
@ApplicationScoped
public class WebhookSender {

  private static final Logger LOG = Logger.getLogger(WebhookSender.class);
  private static final int LOG_CAPACITY = 20_000;

  private final SimState state;
  private final ExecutorService workers = Executors.newFixedThreadPool(4, daemon("webhook"));
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(daemon("webhook-timer"));
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private final Map<String, CompletableFuture<Void>> lanes = new ConcurrentHashMap<>();
  private final Deque<Delivery> log = new ConcurrentLinkedDeque<>();
  private final AtomicLong seq = new AtomicLong();
  private final AtomicInteger pending = new AtomicInteger();
  private volatile WebhookSettings settings;

  public WebhookSender(SimConfig config, SimState state) {
    this.state = state;
    SimConfig.Webhook w = config.webhook();
    this.settings =
        new WebhookSettings(w.url().orElse(""), w.timeout(), w.retryDelays(), w.retryTimeScale());
  }

  public WebhookSettings settings() {
    return settings;
  }

  public void settings(WebhookSettings settings) {
    this.settings = settings;
  }

  /** Queues one event for delivery, applying the delay, duplicate and loss quirks. */
  public void emit(WebhookEvent event, Quirks quirks) {
    long delay = quirks.delayMs() == null ? 0 : quirks.delayMs();
    long jitter = quirks.delayJitterMs() == null ? 0 : quirks.delayJitterMs();
    if (jitter > 0) {
      delay += (long) (state.ids().nextDouble() * jitter);
    }
    boolean retries = !Boolean.FALSE.equals(quirks.retries());
    deliverOrLose(event, quirks, delay, retries);
    double duplicateRate = quirks.duplicateRate() == null ? 0 : quirks.duplicateRate();
    if (duplicateRate > 0 && state.ids().nextDouble() < duplicateRate) {
      // A second subscription carrying the same event: same body, its own request id.
      deliverOrLose(event, quirks, delay, retries);
    }
  }

  private void deliverOrLose(WebhookEvent event, Quirks quirks, long delay, boolean retries) {
    String requestId = state.ids().requestId();
    if (WebhookLoss.lost(
        quirks.lossRate(), quirks.lossEvents(), event.event(), state.ids()::nextDouble)) {
      recordLost(event, requestId);
    } else {
      schedule(event, requestId, delay, retries);
    }
  }

  /** Deliveries not yet finished (including retries still scheduled). */
  public int pending() {
    return pending.get();
  }

  public List<Delivery> deliveries() {
    return new ArrayList<>(log);
  }

  public void clearLog() {
    log.clear();
  }

  private void schedule(WebhookEvent event, String requestId, long delayMs, boolean retries) {
    pending.incrementAndGet();
    Runnable enqueue =
        () -> {
          CompletableFuture<Void> next =
              lanes.compute(
                  event.lane(),
                  (lane, tail) ->
                      (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail)
                          .thenRunAsync(() -> attempt(event, requestId, 0, retries), workers));
          // A lane whose last delivery is done is forgotten, so ended meetings hold no memory.
          next.whenComplete((ok, error) -> lanes.remove(event.lane(), next));
        };
    if (delayMs > 0) {
      timer.schedule(enqueue, delayMs, TimeUnit.MILLISECONDS);
    } else {
      enqueue.run();
    }
  }

  private void attempt(WebhookEvent event, String requestId, int retryNum, boolean retries) {
    WebhookSettings now = settings;
    int status;
    if (now.hasUrl()) {
      status = post(event, requestId, retryNum, now);
    } else {
      status = 0;
      record(event, requestId, "", retryNum, status, 0, "");
    }
    boolean retryable = status >= 500 || status < 0;
    if (retryable && retries && retryNum < now.retryDelays().size()) {
      timer.schedule(
          () -> workers.execute(() -> attempt(event, requestId, retryNum + 1, retries)),
          now.retryDelay(retryNum + 1).toNanos(),
          TimeUnit.NANOSECONDS);
    } else {
      pending.decrementAndGet();
    }
  }

  /** One signed POST; returns the HTTP status or Zoom's internal failure code. */
  private int post(WebhookEvent event, String requestId, int retryNum, WebhookSettings s) {
    long timestamp = state.clock().wallNow().getEpochSecond();
    String secret = state.accounts().webhookSecret(event.accountId());
    String signature = Signature.sign(secret, timestamp, event.body());
    String trackingId = UUID.randomUUID().toString().replace("-", "");
    int status;
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(s.url()))
              .timeout(s.timeout())
              .header("content-type", "application/json; charset=utf-8")
              .header("user-agent", "Zoom Marketplace/1.0a")
              .header("x-zm-request-timestamp", Long.toString(timestamp))
              .header("x-zm-signature", signature)
              .header("x-zm-request-id", requestId)
              .header("x-zm-trackingid", trackingId)
              .POST(HttpRequest.BodyPublishers.ofString(event.body()))
              .build();
      status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (HttpTimeoutException e) {
      status = -1;
    } catch (ConnectException e) {
      status = -2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = -7;
    } catch (Exception e) {
      LOG.debugf(e, "webhook %s to %s failed", event.event(), s.url());
      status = -7;
    }
    record(event, requestId, trackingId, retryNum, status, timestamp, signature);
    return status;
  }

  private void recordLost(WebhookEvent event, String requestId) {
    append(
        new Delivery(
            seq.incrementAndGet(),
            requestId,
            "",
            event.event(),
            event.eventTs(),
            event.meetingId(),
            0,
            0,
            false,
            state.clock().wallNow(),
            "",
            "",
            event.body(),
            true));
  }

  private void record(
      WebhookEvent event,
      String requestId,
      String trackingId,
      int retryNum,
      int status,
      long timestamp,
      String signature) {
    append(
        new Delivery(
            seq.incrementAndGet(),
            requestId,
            trackingId,
            event.event(),
            event.eventTs(),
            event.meetingId(),
            retryNum,
            status,
            status >= 200 && status < 300,
            state.clock().wallNow(),
            Long.toString(timestamp),
            signature,
            event.body(),
            false));
  }

  private void append(Delivery delivery) {
    log.addLast(delivery);
    while (log.size() > LOG_CAPACITY) {
      log.pollFirst();
    }
  }

  @PreDestroy
  void stop() {
    timer.shutdownNow();
    workers.shutdownNow();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "zoom-sim-" + name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
