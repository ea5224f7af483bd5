package io.rollcall.support.security;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads {@code Authorization: Bearer <api key>}. A bearer credential shaped like a JWT ({@code
 * eyJ…}, three dot-separated parts) is left to quarkus-oidc's mechanism, which runs after this one
 * when OIDC is configured (docs/tenants.md); anything else is an API key for {@link
 * ApiKeyIdentityProvider}. No credential at all is anonymous, which the endpoints'
 * {@code @RolesAllowed} then refuse with 401.
 *
 * <p>A service opts in at build time with {@code rollcall.api-auth.enabled=true} (meeting-,
 * attendance-service).
 */
@IfBuildProperty(name = "rollcall.api-auth.enabled", stringValue = "true")
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

  private static final String BEARER = "Bearer ";

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    String key = bearer(context.request().getHeader(HttpHeaders.AUTHORIZATION));
    if (key == null || looksLikeJwt(key)) {
      return Uni.createFrom().optional(java.util.Optional.empty());
    }
    return identityProviderManager.authenticate(new ApiKeyAuthenticationRequest(key));
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(ApiKeyAuthenticationRequest.class);
  }

  /** Before quarkus-oidc's bearer mechanism (default priority), which gets JWTs only. */
  @Override
  public int getPriority() {
    return DEFAULT_PRIORITY + 100;
  }

  static String bearer(String authorization) {
    if (authorization == null
        || authorization.length() <= BEARER.length()
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    String key = authorization.substring(BEARER.length()).strip();
    return key.isEmpty() ? null : key;
  }

  static boolean looksLikeJwt(String credential) {
    return credential.startsWith("eyJ") && credential.chars().filter(c -> c == '.').count() == 2;
  }
}
