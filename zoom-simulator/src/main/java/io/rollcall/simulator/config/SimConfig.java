package io.rollcall.simulator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the simulator can be told at start-up; most of it can also be changed under /sim. */
@ConfigMapping(prefix = "zoom-sim")
public interface SimConfig {

  /**
   * The first simulated Zoom account (ZOOM_SIM_ACCOUNT_ID): the one whatever names no account
   * means. Its webhook secret is {@link Webhook#secret()}.
   */
  String accountId();

  /** Server-to-Server OAuth client id accepted by /oauth/token (ZOOM_SIM_CLIENT_ID). */
  String clientId();

  /** Server-to-Server OAuth client secret accepted by /oauth/token (ZOOM_SIM_CLIENT_SECRET). */
  String clientSecret();

  /** Lifetime of OAuth access tokens; Zoom answers expires_in 3599/3600. */
  @WithDefault("PT1H")
  Duration tokenTtl();

  /** Default ZAK lifetime (Zoom: 2 h for normal users); start_url embeds one. */
  @WithDefault("PT2H")
  Duration zakTtl();

  /** Base of generated join/start/registration links. */
  @WithDefault("https://sim.zoom.local")
  String webBaseUrl();

  /** Any email used as a host becomes a licensed user of the account on first use. */
  @WithDefault("true")
  boolean autoLicenseHosts();

  /** Licensed users that exist from the start (emails). */
  Optional<List<String>> users();

  /** Account setting "require a passcode": new meetings without a password get one. */
  @WithDefault("true")
  boolean requirePasscode();

  /**
   * More simulated accounts, by a name of your choice (it only groups the keys): {@code
   * zoom-sim.accounts.<name>.account-id|client-id|client-secret|webhook-secret[|users]}, e.g.
   * ZOOM_SIM_ACCOUNTS_TENANT2_ACCOUNT_ID. More can be added at run time (POST /sim/accounts).
   */
  Map<String, ExtraAccount> accounts();

  /** Seed for every generated id and every random quirk decision: same seed, same run. */
  @WithDefault("42")
  long seed();

  Webhook webhook();

  RateLimit rateLimit();

  /** A simulated account besides the first: its own OAuth client and webhook secret token. */
  interface ExtraAccount {
    /** The Zoom account id (tokens are requested with account_id=this). */
    String accountId();

    /** Its Server-to-Server OAuth client id (unique across accounts). */
    String clientId();

    /** Its Server-to-Server OAuth client secret. */
    String clientSecret();

    /** The Secret Token its webhooks are signed with (x-zm-signature). */
    String webhookSecret();

    /** Its licensed users that exist from the start (emails). */
    Optional<List<String>> users();
  }

  /** Webhook delivery as Zoom does it. */
  interface Webhook {
    /** Receiver URL (ZOOM_SIM_WEBHOOK_URL); empty means record only. */
    Optional<String> url();

    /** The first account's secret token used for x-zm-signature (ZOOM_SIM_WEBHOOK_SECRET). */
    String secret();

    /** A slower reply is a failure (Zoom: 3 s, internal code -1). */
    @WithDefault("PT3S")
    Duration timeout();

    /** Zoom's retry schedule after the first attempt: +5 min, +20 min, +60 min. */
    @WithDefault("PT5M,PT20M,PT60M")
    List<Duration> retryDelays();

    /** Divides the retry delays (e.g. 600 turns 5 minutes into half a second). */
    @WithDefault("1")
    double retryTimeScale();
  }

  /** Per-second limits by Zoom API class (Pro plan defaults). */
  interface RateLimit {
    @WithDefault("true")
    boolean enabled();

    @WithDefault("30")
    int light();

    @WithDefault("20")
    int medium();

    @WithDefault("10")
    int heavy();

    /**
     * How Retry-After is written on 429: seconds, iso (an ISO date-time, as in Zoom's docs) or
     * none.
     */
    @WithDefault("seconds")
    String retryAfterStyle();
  }
}
