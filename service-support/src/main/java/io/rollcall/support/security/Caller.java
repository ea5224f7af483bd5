package io.rollcall.support.security;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who is calling: the tenant the request acts for and the credential's id. Resources ask it for
 * {@link #tenant()} and filter everything they read or write by it; the scopes are checked before,
 * by {@code @RolesAllowed}.
 */
@IfBuildProperty(name = "rollcall.api-auth.enabled", stringValue = "true")
@RequestScoped
public class Caller {

  /** The security identity attribute that holds the tenant (Zoom account id). */
  public static final String TENANT_ATTRIBUTE = "rollcall.tenant";

  private final SecurityIdentity identity;

  public Caller(SecurityIdentity identity) {
    this.identity = identity;
  }

  /**
   * The tenant (Zoom account id) of the credential.
   *
   * @throws ForbiddenException when the credential names no tenant (an OIDC token without the
   *     tenant claim): 403
   */
  public String tenant() {
    Object tenant = identity.getAttribute(TENANT_ATTRIBUTE);
    if (!(tenant instanceof String s) || s.isBlank()) {
      throw new ForbiddenException("the credential names no tenant");
    }
    return s;
  }

  /** The credential's id: an API key's {@code key:…}, or {@code oidc:<subject>}. Not a secret. */
  public String id() {
    return identity.getPrincipal().getName();
  }

  /** Whether the credential holds {@code scope}. */
  public boolean has(String scope) {
    return identity.hasRole(scope);
  }
}
