package io.rollcall.meeting.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rollcall.meeting.config.MeetingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Sends one {@link ZoomRequest} with everything a call to Zoom needs: the OAuth token (renewed once
 * on a 401), client-side pacing per API class, retries with backoff for 429 and 5xx honouring
 * Retry-After, and a circuit breaker. Returns the parsed JSON body (empty object for 204).
 */
@ApplicationScoped
public class ZoomHttp {
  private static final Logger LOG = Logger.getLogger(ZoomHttp.class);

  private final MeetingConfig.Zoom config;
  private final HttpClient http;
  private final ObjectMapper json;
  private final ZoomOAuth oauth;
  private final ZoomCallMetrics metrics;
  private final Clock clock;
  private final RateLimiter limiter;
  private final CircuitBreaker circuit;
  private final Backoff backoff;

  public ZoomHttp(
      MeetingConfig config,
      HttpClient http,
      ObjectMapper json,
      ZoomOAuth oauth,
      ZoomCallMetrics metrics,
      Clock clock) {
    this.config = config.zoom();
    this.http = http;
    this.json = json;
    this.oauth = oauth;
    this.metrics = metrics;
    this.clock = clock;
    MeetingConfig.RateLimits limits = this.config.rateLimits();
    this.limiter =
        new RateLimiter(
            Map.of(
                ApiClass.LIGHT, limits.light(),
                ApiClass.MEDIUM, limits.medium(),
                ApiClass.HEAVY, limits.heavy()),
            System::nanoTime);
    this.circuit =
        new CircuitBreaker(
            this.config.circuit().failureThreshold(),
            this.config.circuit().openFor(),
            clock::instant);
    this.backoff =
        new Backoff(
            this.config.retry().baseDelay(),
            this.config.retry().maxDelay(),
            () -> ThreadLocalRandom.current().nextDouble());
  }

  public CircuitBreaker.State circuitState() {
    return circuit.state();
  }

  public JsonNode send(ZoomRequest request) {
    if (!circuit.tryAcquire()) {
      metrics.record(request.operation(), "circuit_open", Duration.ZERO);
      throw new ZoomUnavailableException(
          "Zoom is failing; calls are paused for up to " + config.circuit().openFor());
    }
    try {
      JsonNode result = sendWithRetries(request);
      circuit.onSuccess();
      return result;
    } catch (ZoomApiException e) {
      if (e.status() == 0 || e.status() >= 500) {
        circuit.onFailure();
      } else {
        circuit.onSuccess(); // Zoom answered: it is up, whatever it thought of the request
      }
      throw e;
    } catch (RuntimeException e) {
      circuit.onFailure();
      throw e;
    }
  }

  private JsonNode sendWithRetries(ZoomRequest request) {
    int maxAttempts = Math.max(1, config.retry().maxAttempts());
    for (int attempt = 1; ; attempt++) {
      Outcome outcome = exchangeRenewingOnce(request);
      if (outcome.body() != null) {
        return outcome.body();
      }
      ZoomApiException failure = outcome.failure();
      Duration wait = retryDelay(request, outcome, attempt, maxAttempts);
      if (wait == null) {
        throw failure;
      }
      LOG.debugf(
          "Zoom %s failed (%d), retry %d in %d ms",
          request.operation(), failure.status(), attempt, wait.toMillis());
      pause(wait);
    }
  }

  /** The wait before another attempt, or null when this failure is final. */
  private Duration retryDelay(ZoomRequest request, Outcome outcome, int attempt, int maxAttempts) {
    ZoomApiException failure = outcome.failure();
    if (attempt >= maxAttempts || !retryable(request, outcome)) {
      return null;
    }
    Duration retryAfter = failure.retryAfter();
    if (retryAfter != null && retryAfter.compareTo(config.retry().maxRetryAfter()) > 0) {
      return null; // e.g. a daily limit: let our caller come back later
    }
    return backoff.delay(attempt, retryAfter);
  }

  private static boolean retryable(ZoomRequest request, Outcome outcome) {
    int status = outcome.failure().status();
    if (status == 429 || status == 503) {
      return !outcome.dailyLimit(); // Zoom did not process the request
    }
    if (status == 0) {
      return request.idempotent() || outcome.notSent();
    }
    return status >= 500 && request.idempotent();
  }

  private Outcome exchangeRenewingOnce(ZoomRequest request) {
    String token = oauth.token();
    Outcome outcome = exchange(request, token);
    if (outcome.failure() != null && outcome.failure().status() == 401) {
      oauth.rejected(token); // expired or revoked early: renew once, then give up
      outcome = exchange(request, oauth.token());
    }
    return outcome;
  }

  private Outcome exchange(ZoomRequest request, String token) {
    pause(limiter.reserve(request.apiClass()));
    HttpRequest httpRequest = build(request, token);
    Instant started = clock.instant();
    try {
      HttpResponse<String> response = http.send(httpRequest, HttpResponse.BodyHandlers.ofString());
      Duration latency = Duration.between(started, clock.instant());
      metrics.record(request.operation(), ZoomCallMetrics.outcome(response.statusCode()), latency);
      return interpret(request, response);
    } catch (IOException e) {
      metrics.record(request.operation(), "io_error", Duration.between(started, clock.instant()));
      String message = "Zoom unreachable: " + e.getClass().getSimpleName();
      return new Outcome(
          null,
          new ZoomApiException(request.operation(), 0, null, message, null),
          false,
          e instanceof ConnectException);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ZoomUnavailableException("interrupted while calling Zoom");
    }
  }

  private HttpRequest build(ZoomRequest request, String token) {
    HttpRequest.BodyPublisher body =
        request.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(write(request.body()));
    return HttpRequest.newBuilder(
            URI.create(ZoomOAuth.stripSlash(config.apiUrl()) + request.path()))
        .timeout(config.requestTimeout())
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .method(request.method(), body)
        .build();
  }

  private Outcome interpret(ZoomRequest request, HttpResponse<String> response) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return new Outcome(read(response.body()), null, false, false);
    }
    JsonNode error = read(response.body());
    Integer code = error.hasNonNull("code") ? error.get("code").asInt() : null;
    String message = error.path("message").asText("");
    Duration retryAfter =
        RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock.instant())
            .orElse(null);
    boolean daily =
        response.headers().firstValue("X-RateLimit-Type").orElse("").toLowerCase().contains("daily")
            || message.toLowerCase().contains("daily");
    String detail =
        "Zoom answered "
            + status
            + (message.isBlank() ? "" : ": " + message)
            + (code == null ? "" : " (Zoom code " + code + ")");
    return new Outcome(
        null,
        new ZoomApiException(request.operation(), status, code, detail, retryAfter),
        daily,
        false);
  }

  private JsonNode read(String body) {
    if (body == null || body.isBlank()) {
      return json.createObjectNode();
    }
    try {
      return json.readTree(body);
    } catch (IOException e) {
      return json.createObjectNode(); // e.g. an HTML error page from a proxy
    }
  }

  private String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot encode Zoom request body", e);
    }
  }

  private static void pause(Duration duration) {
    if (duration.isZero() || duration.isNegative()) {
      return;
    }
    try {
      Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ZoomUnavailableException("interrupted while waiting to call Zoom");
    }
  }

  /** One exchange: a body on success, or the failure and whether Zoom surely did not act. */
  private record Outcome(
      JsonNode body, ZoomApiException failure, boolean dailyLimit, boolean notSent) {}
}
