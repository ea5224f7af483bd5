package io.rollcall.support.security;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.rollcall.support.tenant.Scopes;
import io.rollcall.support.tenant.Tenants;
import io.rollcall.support.tenant.TenantsConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Maps an OIDC access token's claims onto what Rollcall checks: the tenant from the claim named by
 * {@code rollcall.oidc.tenant-claim} (default {@code rollcall_tenant}), the scopes from the
 * standard {@code scope} claim (RFC 8693 §4.2: space-separated), keeping only Rollcall's scope
 * names, and the principal {@code oidc:<sub>}. A token without the tenant claim gets no scope, so
 * every endpoint refuses it (403). Identities from API keys pass unchanged.
 */
@IfBuildProperty(name = "rollcall.api-auth.enabled", stringValue = "true")
@ApplicationScoped
public class OidcClaims implements SecurityIdentityAugmentor {

  private final String tenantClaim;
  private final Tenants tenants;

  public OidcClaims(TenantsConfig config, Tenants tenants) {
    this.tenantClaim = config.oidc().tenantClaim();
    this.tenants = tenants;
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
      return Uni.createFrom().item(identity);
    }
    QuarkusSecurityIdentity.Builder builder =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(() -> "oidc:" + token.getSubject())
            .addCredentials(identity.getCredentials())
            .addAttributes(identity.getAttributes());
    Object tenant = token.getClaim(tenantClaim);
    Object scope = token.getClaim("scope");
    // A token that names no tenant, or one not configured here, may do nothing: every endpoint
    // answers it 403.
    if (tenant != null && tenants.find(unquoted(tenant)).isPresent()) {
      builder.addAttribute(Caller.TENANT_ATTRIBUTE, unquoted(tenant));
      if (scope != null) {
        Arrays.stream(unquoted(scope).split("\\s+"))
            .filter(Scopes.ALL::contains)
            .forEach(builder::addRole);
      }
    }
    return Uni.createFrom().item(builder.build());
  }

  /** A claim's text: smallrye-jwt hands custom string claims over as JSON strings, quoted. */
  private static String unquoted(Object claim) {
    String text = claim.toString();
    return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
        ? text.substring(1, text.length() - 1)
        : text;
  }
}
