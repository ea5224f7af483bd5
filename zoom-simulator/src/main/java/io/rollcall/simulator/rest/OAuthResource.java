package io.rollcall.simulator.rest;

import io.rollcall.simulator.service.TokenService;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** zoom.us/oauth/token for Server-to-Server OAuth (parameters in the query or a form body). */
@Path("/oauth/token")
public class OAuthResource {

  private final TokenService tokens;

  public OAuthResource(TokenService tokens) {
    this.tokens = tokens;
  }

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Object> token(
      @HeaderParam("Authorization") String authorization,
      @QueryParam("grant_type") String grantType,
      @QueryParam("account_id") String accountId,
      @Context UriInfo uri,
      String body) {
    Map<String, String> form = form(body);
    TokenService.AccessToken token =
        tokens.issue(
            authorization,
            grantType != null ? grantType : form.get("grant_type"),
            accountId != null ? accountId : form.get("account_id"));
    return Map.of(
        "access_token", token.accessToken(),
        "token_type", "bearer",
        "expires_in", token.expiresIn(),
        "scope", "meeting:read:admin meeting:write:admin report:read:admin user:read:admin",
        "api_url", apiUrl(uri));
  }

  /** Zoom names the API host to use; here it is the simulator itself. */
  private static String apiUrl(UriInfo uri) {
    String base = uri.getBaseUri().toString();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  private static Map<String, String> form(String body) {
    Map<String, String> out = new HashMap<>();
    if (body == null || body.isBlank()) {
      return out;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
