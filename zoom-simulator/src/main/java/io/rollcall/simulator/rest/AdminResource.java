package io.rollcall.simulator.rest;

import io.rollcall.simulator.domain.Account;
import io.rollcall.simulator.domain.Quirks;
import io.rollcall.simulator.domain.ZoomUser;
import io.rollcall.simulator.service.Delivery;
import io.rollcall.simulator.service.RateLimiter;
import io.rollcall.simulator.service.ResetService;
import io.rollcall.simulator.service.SimException;
import io.rollcall.simulator.service.SimState;
import io.rollcall.simulator.service.TokenService;
import io.rollcall.simulator.service.UrlValidator;
import io.rollcall.simulator.service.WebhookSender;
import io.rollcall.simulator.service.WebhookSettings;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Simulator-wide controls: reset, clock, quirks, users, rate limits, webhook settings and log. */
@Path("/sim")
public class AdminResource {

  /**
   * Body of PUT /sim/webhooks/config; absent fields keep their value. {@code secret} is the first
   * account's secret token (other accounts': {@code PUT /sim/accounts/{accountId}/webhook-secret}).
   */
  public record WebhookConfig(
      String url,
      String secret,
      Duration timeout,
      List<Duration> retryDelays,
      Double retryTimeScale) {}

  /** Body of PUT /sim/rate-limits; absent fields keep their value. */
  public record RateLimits(
      Boolean enabled, Integer light, Integer medium, Integer heavy, String retryAfterStyle) {}

  /** Body of POST /sim/clock: set the clock to {@code now}, or move it by {@code advance}. */
  public record ClockChange(Instant now, Duration advance) {}

  private final SimState state;
  private final ResetService reset;
  private final WebhookSender sender;
  private final UrlValidator validator;
  private final RateLimiter limiter;
  private final TokenService tokens;

  public AdminResource(
      SimState state,
      ResetService reset,
      WebhookSender sender,
      UrlValidator validator,
      RateLimiter limiter,
      TokenService tokens) {
    this.state = state;
    this.reset = reset;
    this.sender = sender;
    this.validator = validator;
    this.limiter = limiter;
    this.tokens = tokens;
  }

  /** Forgets meetings, users, quirks, clock offset and the delivery log; re-seeds the ids. */
  @POST
  @Path("/reset")
  public Response reset(@QueryParam("seed") Long seed) {
    reset.reset(seed == null ? 42 : seed);
    return Response.noContent().build();
  }

  @GET
  @Path("/clock")
  public Map<String, Object> clock() {
    return Map.of("now", state.clock().now().toString());
  }

  @POST
  @Path("/clock")
  public Map<String, Object> moveClock(ClockChange change) {
    if (change != null && change.now() != null) {
      state.clock().set(change.now());
    }
    if (change != null && change.advance() != null) {
      state.clock().advance(change.advance());
    }
    return clock();
  }

  @GET
  @Path("/quirks")
  public Quirks quirks() {
    return state.globalQuirks();
  }

  @PUT
  @Path("/quirks")
  public Quirks setQuirks(Quirks changes) {
    state.globalQuirks(changes);
    return state.globalQuirks();
  }

  /**
   * Adds a licensed user of the first account, or of {@code account_id} (or an external one with
   * internal=false).
   */
  @POST
  @Path("/users")
  public ZoomUser addUser(Map<String, Object> body) {
    boolean internal = !Boolean.FALSE.equals(body.get("internal"));
    Object accountId = body.get("account_id");
    return account(accountId == null ? null : accountId.toString())
        .addUser(String.valueOf(body.get("email")), internal);
  }

  /** The licensed users of the first account, or of {@code account_id}. */
  @GET
  @Path("/users")
  public List<ZoomUser> users(@QueryParam("account_id") String accountId) {
    return List.copyOf(account(accountId).users());
  }

  private Account account(String accountId) {
    if (accountId == null) {
      return state.account();
    }
    return state
        .accounts()
        .find(accountId)
        .orElseThrow(() -> new SimException(404, "unknown account_id " + accountId));
  }

  @GET
  @Path("/rate-limits")
  public Map<String, Object> rateLimits() {
    return limiter.settings();
  }

  @PUT
  @Path("/rate-limits")
  public Map<String, Object> setRateLimits(RateLimits r) {
    Map<String, Object> now = limiter.settings();
    limiter.configure(
        r.enabled() != null ? r.enabled() : (Boolean) now.get("enabled"),
        r.light() != null ? r.light() : (Integer) now.get("light"),
        r.medium() != null ? r.medium() : (Integer) now.get("medium"),
        r.heavy() != null ? r.heavy() : (Integer) now.get("heavy"),
        r.retryAfterStyle() != null
            ? RateLimiter.RetryAfterStyle.valueOf(r.retryAfterStyle().toUpperCase())
            : limiter.style());
    return limiter.settings();
  }

  /** Changes the lifetime of access tokens issued from now on (seconds). */
  @PUT
  @Path("/tokens/ttl")
  public Response tokenTtl(@QueryParam("seconds") long seconds) {
    tokens.tokenTtl(Duration.ofSeconds(seconds));
    return Response.noContent().build();
  }

  @GET
  @Path("/webhooks/config")
  public Map<String, Object> webhookConfig() {
    WebhookSettings s = sender.settings();
    return Map.of(
        "url", s.url(),
        "timeout", s.timeout().toString(),
        "retry_delays", s.retryDelays().stream().map(Duration::toString).toList(),
        "retry_time_scale", s.timeScale());
  }

  @PUT
  @Path("/webhooks/config")
  public Map<String, Object> setWebhookConfig(WebhookConfig c) {
    WebhookSettings s = sender.settings();
    if (c.secret() != null) {
      state.accounts().webhookSecret(state.accounts().primaryId(), c.secret());
    }
    sender.settings(
        new WebhookSettings(
            c.url() != null ? c.url() : s.url(),
            c.timeout() != null ? c.timeout() : s.timeout(),
            c.retryDelays() != null ? c.retryDelays() : s.retryDelays(),
            c.retryTimeScale() != null ? c.retryTimeScale() : s.timeScale()));
    return webhookConfig();
  }

  /** The webhook log: every attempt, oldest first, optionally for one meeting or event. */
  @GET
  @Path("/webhooks/deliveries")
  public List<Delivery> deliveries(
      @QueryParam("meeting_id") String meetingId, @QueryParam("event") String event) {
    return sender.deliveries().stream()
        .filter(d -> meetingId == null || meetingId.equals(d.meetingId()))
        .filter(d -> event == null || event.equals(d.event()))
        .toList();
  }

  @DELETE
  @Path("/webhooks/deliveries")
  public Response clearDeliveries() {
    sender.clearLog();
    return Response.noContent().build();
  }

  /** Deliveries still in flight or waiting for a retry. */
  @GET
  @Path("/webhooks/pending")
  public Map<String, Object> pending() {
    return Map.of("pending", sender.pending());
  }

  /** Sends endpoint.url_validation, with the secret token of {@code account_id} if given. */
  @POST
  @Path("/webhooks/validate")
  public Map<String, Object> validate(@QueryParam("account_id") String accountId) {
    return validator.validate(accountId);
  }
}
