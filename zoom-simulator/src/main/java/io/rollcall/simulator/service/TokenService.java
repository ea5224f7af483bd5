package io.rollcall.simulator.service;

import io.rollcall.simulator.config.SimConfig;
import io.rollcall.simulator.domain.ZoomApiException;
import io.rollcall.simulator.domain.ZoomUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Server-to-Server OAuth access tokens and ZAKs, both expiring on the simulator clock. */
@ApplicationScoped
public class TokenService {

  /** A ZAK belongs to one user and dies at its expiry. */
  public record Zak(String token, String userId, Instant expiresAt) {}

  /** Returned to /oauth/token. */
  public record AccessToken(String accessToken, long expiresIn) {}

  private final SimConfig config;
  private final SimState state;
  private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
  private final Map<String, Zak> zaks = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private volatile Duration tokenTtl;

  public TokenService(SimConfig config, SimState state) {
    this.config = config;
    this.state = state;
    this.tokenTtl = config.tokenTtl();
  }

  /** POST /oauth/token: Basic client credentials and the account id must match. */
  public AccessToken issue(String authorization, String grantType, String accountId) {
    if (!"account_credentials".equals(grantType)) {
      throw new OAuthException(400, "unsupported_grant_type", "Unsupported grant type");
    }
    if (!credentialsMatch(authorization)) {
      throw new OAuthException(401, "invalid_client", "Invalid client_id or client_secret");
    }
    if (!config.accountId().equals(accountId)) {
      throw new OAuthException(400, "invalid_request", "Invalid request : Invalid account_id");
    }
    String token = "sim_at_" + secret(40);
    accessTokens.put(token, state.clock().now().plus(tokenTtl));
    return new AccessToken(token, tokenTtl.toSeconds());
  }

  /** Every /v2 call: a bearer token we issued that has not expired. */
  public void requireBearer(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new ZoomApiException(401, 124, "Invalid access token.");
    }
    Instant expiry = accessTokens.get(authorization.substring(7).trim());
    if (expiry == null) {
      throw new ZoomApiException(401, 124, "Invalid access token.");
    }
    if (!state.clock().now().isBefore(expiry)) {
      throw new ZoomApiException(401, 124, "Access token is expired.");
    }
  }

  public void tokenTtl(Duration ttl) {
    this.tokenTtl = ttl;
  }

  public Zak issueZak(ZoomUser user, Duration ttl) {
    Zak zak = new Zak("sim_zak_" + secret(48), user.id(), state.clock().now().plus(ttl));
    zaks.put(zak.token(), zak);
    return zak;
  }

  /** A ZAK for the user that still has at least half of the default lifetime left. */
  public Zak currentZak(ZoomUser user) {
    Instant halfLife = state.clock().now().plus(config.zakTtl().dividedBy(2));
    return zaks.values().stream()
        .filter(z -> z.userId().equals(user.id()) && z.expiresAt().isAfter(halfLife))
        .findFirst()
        .orElseGet(() -> issueZak(user, config.zakTtl()));
  }

  /** The live ZAK with this value, if it exists and has not expired. */
  public Optional<Zak> validZak(String token) {
    return Optional.ofNullable(token == null ? null : zaks.get(token))
        .filter(z -> state.clock().now().isBefore(z.expiresAt()));
  }

  /** Credentials are secrets: drawn from SecureRandom, outside the seeded (replayable) ids. */
  private String secret(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).substring(0, length);
  }

  private boolean credentialsMatch(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String expected = config.clientId() + ":" + config.clientSecret();
    byte[] given;
    try {
      given = Base64.getDecoder().decode(authorization.substring(6).trim());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given);
  }

  /** An OAuth error, answered as {"reason", "error"} like zoom.us/oauth/token. */
  public static class OAuthException extends RuntimeException {
    private final int status;
    private final String error;

    public OAuthException(int status, String error, String reason) {
      super(reason);
      this.status = status;
      this.error = error;
    }

    public int status() {
      return status;
    }

    public String error() {
      return error;
    }
  }
}
