package io.rollcall.simulator.rest;

import io.rollcall.simulator.config.SimConfig;
import io.rollcall.simulator.domain.ZoomApiException;
import io.rollcall.simulator.domain.ZoomUser;
import io.rollcall.simulator.service.ApiClass;
import io.rollcall.simulator.service.ApiGuard;
import io.rollcall.simulator.service.SimState;
import io.rollcall.simulator.service.TokenService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The token's account's users: GET /users/{userId} and the ZAK endpoint (another account's user is
 * 404/1001).
 */
@Path("/v2")
public class UserResource {

  private static final Duration MAX_ZAK_TTL = Duration.ofDays(365);

  private final ApiGuard guard;
  private final SimState state;
  private final TokenService tokens;
  private final SimConfig config;

  public UserResource(ApiGuard guard, SimState state, TokenService tokens, SimConfig config) {
    this.guard = guard;
    this.state = state;
    this.tokens = tokens;
    this.config = config;
  }

  @GET
  @Path("/users/{userId}")
  public Map<String, Object> get(
      @HeaderParam("Authorization") String auth, @PathParam("userId") String userId) {
    String account = guard.check(auth, ApiClass.LIGHT);
    ZoomUser user = state.accounts().host(account, userId);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", user.id());
    out.put("email", user.email());
    out.put("first_name", user.firstName());
    out.put("last_name", user.lastName());
    out.put("type", 2);
    out.put("status", "active");
    out.put("account_id", account);
    return out;
  }

  /** GET /users/{userId}/token?type=zak[&ttl=seconds]: {"token"}. */
  @GET
  @Path("/users/{userId}/token")
  public Map<String, String> token(
      @HeaderParam("Authorization") String auth,
      @PathParam("userId") String userId,
      @QueryParam("type") String type,
      @QueryParam("ttl") Long ttl) {
    String account = guard.check(auth, ApiClass.LIGHT);
    if ("token".equals(type)) {
      throw new ZoomApiException(
          400, 300, "Token is no longer supported. Please use ZAK token instead.");
    }
    if (type != null && !type.equals("zak")) {
      throw ZoomApiException.validation("Invalid field: type.");
    }
    Duration lifetime = ttl == null ? null : Duration.ofSeconds(ttl);
    if (lifetime != null && (lifetime.isNegative() || lifetime.compareTo(MAX_ZAK_TTL) > 0)) {
      throw ZoomApiException.validation("Invalid field: ttl (at most one year).");
    }
    ZoomUser user = state.accounts().host(account, userId);
    TokenService.Zak zak =
        lifetime == null ? tokens.issueZak(user, config.zakTtl()) : tokens.issueZak(user, lifetime);
    return Map.of("token", zak.token());
  }
}
