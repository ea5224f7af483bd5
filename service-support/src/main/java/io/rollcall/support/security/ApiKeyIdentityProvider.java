package io.rollcall.support.security;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.rollcall.support.tenant.ApiKeyGrant;
import io.rollcall.support.tenant.KeyDigests;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns an API key into a security identity: principal the key's id ({@code key:…}), roles its
 * scopes, attribute {@link Caller#TENANT_ATTRIBUTE} its tenant. The key is looked up by its SHA-256
 * ({@link KeyRing}), so the lookup's timing depends on the digest, not on how much of a stored key
 * the presented one matches. An unknown or revoked key fails authentication: 401.
 */
@IfBuildProperty(name = "rollcall.api-auth.enabled", stringValue = "true")
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

  private final KeyRing keys;

  public ApiKeyIdentityProvider(KeyRing keys) {
    this.keys = keys;
  }

  @Override
  public Class<ApiKeyAuthenticationRequest> getRequestType() {
    return ApiKeyAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
    return keys.find(KeyDigests.sha256Hex(request.key()))
        .map(grant -> Uni.createFrom().item(identityOf(grant)))
        .orElseGet(
            () ->
                Uni.createFrom()
                    .failure(new AuthenticationFailedException("unknown or revoked API key")));
  }

  static SecurityIdentity identityOf(ApiKeyGrant grant) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new QuarkusPrincipal(grant.keyId()))
        .addRoles(grant.scopes())
        .addAttribute(Caller.TENANT_ATTRIBUTE, grant.tenant())
        .build();
  }
}
