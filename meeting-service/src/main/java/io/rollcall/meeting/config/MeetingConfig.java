package io.rollcall.meeting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/**
 * meeting-service configuration: every key lives under {@code rollcall.}. The API keys ({@code
 * rollcall.api-keys}) belong to service-support's {@link io.rollcall.support.rest.ApiKeyConfig}.
 */
@ConfigMapping(prefix = "rollcall")
public interface MeetingConfig {

  /** Base URL under which {@code /l/{token}} tracked links are served to invitees. */
  @WithDefault("http://localhost:8084")
  String publicUrl();

  /** Topic names, from the events module ({@code rollcall.topic.*}). */
  Map<String, String> topic();

  Zoom zoom();

  Links links();

  Reconciliation reconciliation();

  interface Zoom {
    /** Zoom REST base, {@code ROLLCALL_ZOOM_API_URL}. */
    @WithDefault("https://api.zoom.us/v2")
    String apiUrl();

    /**
     * Zoom OAuth base, {@code ROLLCALL_ZOOM_OAUTH_URL}; the token endpoint is {@code /oauth/token}.
     */
    @WithDefault("https://zoom.us")
    String oauthUrl();

    // The default tenant's credentials (rollcall.zoom.account-id, client-id, client-secret,
    // sdk-key, sdk-secret) are mapped once, by service-support's TenantsConfig, and read through
    // Tenants.

    /** Renew the access token this long before Zoom says it expires. */
    @WithDefault("PT5M")
    Duration tokenRenewBefore();

    /** How long to wait for a TCP connection to Zoom. */
    @WithDefault("PT5S")
    Duration connectTimeout();

    /** How long one attempt of a Zoom call may take before it counts as unanswered (status 0). */
    @WithDefault("PT15S")
    Duration requestTimeout();

    /** Lifetime asked for host ZAKs handed out by the host-link endpoint. */
    @WithDefault("PT2H")
    Duration zakTtl();

    /** Lifetime of Meeting SDK signatures; Zoom accepts 30 minutes to 48 hours. */
    @WithDefault("PT2H")
    Duration sdkSignatureTtl();

    Retry retry();

    Circuit circuit();

    RateLimits rateLimits();
  }

  interface Retry {
    /** Attempts in total, the first included (SmallRye Fault Tolerance retries = this − 1). */
    @WithDefault("4")
    int maxAttempts();

    /** The wait before the first retry; doubled for each further one (with jitter). */
    @WithDefault("PT0.25S")
    Duration baseDelay();

    /** The longest wait between two attempts, unless Zoom's Retry-After asks for more. */
    @WithDefault("PT5S")
    Duration maxDelay();

    /** A Retry-After longer than this is not waited for: the caller gets a 429 instead. */
    @WithDefault("PT10S")
    Duration maxRetryAfter();
  }

  interface Circuit {
    /** Consecutive failed calls (each after its retries) that open the circuit. */
    @WithDefault("5")
    int failureThreshold();

    /** How long an open circuit refuses calls (503) before one trial call goes out. */
    @WithDefault("PT30S")
    Duration openFor();
  }

  /**
   * Requests per second per Zoom API class; defaults are Zoom's Pro plan (ZOOM-FACTS §3.7). 0 or
   * less turns client-side pacing of the class off.
   */
  interface RateLimits {
    @WithDefault("30")
    double light();

    @WithDefault("20")
    double medium();

    @WithDefault("10")
    double heavy();
  }

  interface Links {
    /** Zoom batch registration accepts at most this many registrants per call. */
    @WithDefault("30")
    int zoomBatchSize();
  }

  /**
   * Reconciliation with Zoom's participants report ({@code rollcall.reconciliation.*}): when an
   * instance's report is read, how a report that is not ready yet is waited for, and the sweep for
   * instances whose end never arrived.
   */
  interface Reconciliation {
    /**
     * How long after {@code meeting_ended} reached meeting-service its report is fetched: Zoom
     * needs a while to build it. {@code ROLLCALL_RECONCILIATION_DELAY}.
     */
    @WithDefault("PT10M")
    Duration delay();

    /**
     * How often due reconciliations are looked for, e.g. {@code 5s}; {@code off} disables it. Read
     * by {@code Reconciler}'s schedule; declared here so that it is documented with the rest.
     */
    @WithDefault("5s")
    String pollInterval();

    /** At most this many instances are fetched per run of the job. */
    @WithDefault("20")
    int batchSize();

    /**
     * How long a claimed fetch holds its row: a replica that crashed mid-fetch releases it when
     * this passes, and another fetches again.
     */
    @WithDefault("PT5M")
    Duration lease();

    /**
     * Fetch attempts that failed (report not ready, Zoom failing) before the row is marked failed.
     * Rate limits and an open circuit do not count.
     */
    @WithDefault("8")
    int maxAttempts();

    /** The wait after the first failed attempt; doubled after each further one. */
    @WithDefault("PT2M")
    Duration retryDelay();

    /** The longest wait between two attempts. */
    @WithDefault("PT30M")
    Duration maxRetryDelay();

    /**
     * How often the sweep asks Zoom for the ended instances of recently scheduled meetings, e.g.
     * {@code 1h}; {@code off} disables it.
     */
    @WithDefault("1h")
    String sweepInterval();

    /** Meetings scheduled (or starting) within this window before now are swept. */
    @WithDefault("P30D")
    Duration sweepWindow();
  }
}
