package io.rollcall.simulator.service;

import io.rollcall.simulator.config.SimConfig;
import io.rollcall.simulator.domain.AccountCredentials;
import io.rollcall.simulator.domain.ZoomApiException;
import io.rollcall.simulator.domain.ZoomUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-to-Server OAuth access tokens and ZAKs, both expiring on the simulator clock. An access
 * token is bound to the account whose client credentials obtained it.
 */
@ApplicationScoped
public class TokenService {

  /** A ZAK belongs to one user and dies at its expiry. */
  public record Zak(String token, String userId, Instant expiresAt) {}

  /** Returned to /oauth/token. */
  public record AccessToken(String accessToken, long expiresIn) {}

  /** An issued access token: the account it acts for, and when it dies. */
  private record Issued(String accountId, Instant expiresAt) {}

  private final SimConfig config;
  private final SimState state;
  private final Map<String, Issued> accessTokens = new ConcurrentHashMap<>();
  private final Map<String, Zak> zaks = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private volatile Duration tokenTtl;

  public TokenService(SimConfig config, SimState state) {
    this.config = config;
    this.state = state;
    this.tokenTtl = config.tokenTtl();
  }

  /**
   * POST /oauth/token: the Basic client credentials must be some account's client (else 401
   * invalid_client), and {@code account_id} that client's account (else 400 invalid_request).
   */
  public AccessToken issue(String authorization, String grantType, String accountId) {
    if (!"account_credentials".equals(grantType)) {
      throw new OAuthException(400, "unsupported_grant_type", "Unsupported grant type");
    }
    AccountCredentials client =
        client(authorization)
            .orElseThrow(
                () ->
                    new OAuthException(
                        401, "invalid_client", "Invalid client_id or client_secret"));
    if (!client.accountId().equals(accountId)) {
      throw new OAuthException(400, "invalid_request", "Invalid request : Invalid account_id");
    }
    String token = "sim_at_" + secret(40);
    accessTokens.put(token, new Issued(accountId, state.clock().now().plus(tokenTtl)));
    return new AccessToken(token, tokenTtl.toSeconds());
  }

  /**
   * Every /v2 call: a bearer token we issued that has not expired.
   *
   * @return the id of the account the token acts for
   */
  public String requireBearer(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new ZoomApiException(401, 124, "Invalid access token.");
    }
    Issued issued = accessTokens.get(authorization.substring(7).trim());
    if (issued == null) {
      throw new ZoomApiException(401, 124, "Invalid access token.");
    }
    if (!state.clock().now().isBefore(issued.expiresAt())) {
      throw new ZoomApiException(401, 124, "Access token is expired.");
    }
    return issued.accountId();
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

  /** The account whose client id and secret the Basic header carries. */
  private Optional<AccountCredentials> client(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String pair;
    try {
      pair =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).trim()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = pair.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    String id = pair.substring(0, colon);
    String secret = pair.substring(colon + 1);
    return state.accounts().byClientId(id).filter(c -> c.acceptsClient(id, secret));
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
