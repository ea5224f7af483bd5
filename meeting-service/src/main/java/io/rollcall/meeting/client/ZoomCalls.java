package io.rollcall.meeting.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.rollcall.meeting.config.MeetingConfig;
import io.rollcall.support.tenant.Tenant;
import io.rollcall.support.tenant.Tenants;
import io.rollcall.support.tenant.ZoomRateLimits;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Runs one call of {@link ZoomRestClient} with everything a call to Zoom needs: the circuit breaker
 * (one for all of Zoom), the operation's retries honouring {@code Retry-After}, the pacing of its
 * API class for the tenant's Zoom account and the per-attempt timeout ({@link ZoomGuards}, {@link
 * AccountPacing}), and the OAuth bearer token, renewed once when Zoom answers 401, of the tenant
 * the call is made for. Pacing is per account, as Zoom's rate limits are; the circuit breaker is
 * one for all tenants, as a Zoom outage is everyone's (it counts only Zoom failing, not one
 * tenant's refused credentials: {@link ZoomRetryRule#zoomFailing}). Every failure leaves as a
 * {@link ZoomApiException} named after the operation, or as a {@link ZoomUnavailableException}
 * while the circuit is open.
 */
@ApplicationScoped
public class ZoomCalls {
  private static final String CIRCUIT = "zoom-circuit";

  private final ZoomOAuth oauth;
  private final CircuitBreakerMaintenance circuits;
  private final Duration openFor;
  private final Duration requestTimeout;
  private final Guard circuit;
  private final Map<ZoomOperation, Guard> retries = new EnumMap<>(ZoomOperation.class);
  private final AccountPacing pacing;

  public ZoomCalls(
      MeetingConfig config, Tenants tenants, ZoomOAuth oauth, CircuitBreakerMaintenance circuits) {
    MeetingConfig.Zoom zoom = config.zoom();
    this.oauth = oauth;
    this.circuits = circuits;
    this.openFor = zoom.circuit().openFor();
    this.requestTimeout = zoom.requestTimeout();
    this.circuit = ZoomGuards.circuit(CIRCUIT, zoom.circuit().failureThreshold(), openFor);
    MeetingConfig.Retry retry = zoom.retry();
    for (ZoomOperation operation : ZoomOperation.values()) {
      retries.put(
          operation,
          ZoomGuards.retries(
              operation,
              retry.maxAttempts(),
              retry.baseDelay(),
              retry.maxDelay(),
              retry.maxRetryAfter()));
    }
    MeetingConfig.RateLimits limits = zoom.rateLimits();
    this.pacing =
        new AccountPacing(
            new ZoomRateLimits(limits.light(), limits.medium(), limits.heavy()),
            tenant -> tenants.find(tenant).flatMap(Tenant::rateLimits),
            requestTimeout);
  }

  /**
   * Calls Zoom on behalf of {@code tenant} (whose access token is sent): {@code exchange} gets the
   * {@code Authorization} header value ({@code Bearer …}) and makes one request with it; it may run
   * several times (retries, a renewed token).
   *
   * @throws ZoomApiException Zoom's final error answer, or status 0 when it was not reached
   * @throws ZoomUnavailableException the circuit is open, or the tenant's Zoom credentials are not
   *     configured
   * @throws NullPointerException when {@code tenant} is null (a caller's defect)
   */
  public <T> T call(String tenant, ZoomOperation operation, Function<String, T> exchange) {
    Objects.requireNonNull(
        tenant, "a Zoom call is made for a tenant"); // before any guard counts it
    try {
      return guarded(
          circuit,
          () -> guarded(retries.get(operation), () -> attempt(tenant, operation, exchange)));
    } catch (CircuitBreakerOpenException e) {
      throw new ZoomUnavailableException("Zoom is failing; calls are paused for up to " + openFor);
    }
  }

  /**
   * The circuit breaker's state: calls go out ({@code CLOSED}), are refused, or one is on trial.
   */
  public CircuitBreakerState circuitState() {
    return circuits.currentState(CIRCUIT);
  }

  private <T> T attempt(String tenant, ZoomOperation operation, Function<String, T> exchange) {
    try {
      return guarded(
          pacing.of(tenant, operation.apiClass()), () -> renewingOnce(tenant, operation, exchange));
    } catch (TimeoutException e) {
      throw new ZoomApiException(
          operation.wireName(), 0, null, "Zoom did not answer within " + requestTimeout, null);
    }
  }

  private <T> T renewingOnce(String tenant, ZoomOperation operation, Function<String, T> exchange) {
    String token = oauth.token(tenant);
    try {
      return send(operation, exchange, token);
    } catch (ZoomApiException e) {
      if (e.status() != 401) {
        throw e;
      }
      oauth.rejected(tenant, token); // expired or revoked early: renew once, then give up
      return send(operation, exchange, oauth.token(tenant));
    }
  }

  private static <T> T send(ZoomOperation operation, Function<String, T> exchange, String token) {
    try {
      return exchange.apply("Bearer " + token);
    } catch (ZoomApiException e) {
      throw e.during(operation.wireName());
    } catch (ProcessingException e) {
      throw transportFailure(operation.wireName(), e);
    }
  }

  /**
   * What the REST client's {@link ProcessingException} means for our callers: Zoom's error answer
   * when that is inside, an unreadable answer, or Zoom unreachable (status 0; {@link
   * ZoomApiException#notSent()} when the connection was refused, so nothing reached Zoom).
   */
  static ZoomApiException transportFailure(String operation, ProcessingException failure) {
    boolean refused = false;
    Throwable root = failure;
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ZoomApiException z) {
        return z.during(operation);
      }
      if (t instanceof JsonProcessingException) {
        return new ZoomApiException(operation, 200, null, "Zoom sent an unreadable answer", null);
      }
      refused |= t instanceof ConnectException;
      root = t;
    }
    return new ZoomApiException(
        operation,
        0,
        null,
        "Zoom unreachable: " + root.getClass().getSimpleName(),
        null,
        false,
        refused);
  }

  @SuppressWarnings("unchecked")
  private static <T> T guarded(Guard guard, Supplier<T> action) {
    return (T) guard.get(action::get, Object.class);
  }
}
