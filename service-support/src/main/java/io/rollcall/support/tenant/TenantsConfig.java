package io.rollcall.support.tenant;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where tenants come from ({@link Tenants}). The single-account variables of before tenants make
 * the default tenant; a tenants file adds more (docs/tenants.md).
 *
 * <ul>
 *   <li>{@code ROLLCALL_ZOOM_ACCOUNT_ID}: the default tenant's account id. Unset, the default
 *       tenant is {@value Tenants#UNNAMED_DEFAULT} and takes webhooks of any account no other
 *       tenant claims, as before tenants.
 *   <li>{@code ROLLCALL_ZOOM_CLIENT_ID}, {@code ROLLCALL_ZOOM_CLIENT_SECRET}, {@code
 *       ROLLCALL_ZOOM_SDK_KEY}, {@code ROLLCALL_ZOOM_SDK_SECRET}, {@code
 *       ROLLCALL_ZOOM_WEBHOOK_SECRETS}: its Zoom credentials.
 *   <li>{@code ROLLCALL_API_KEYS}: its API keys, with every scope.
 *   <li>{@code ROLLCALL_TENANTS_FILE}: a JSON file of further tenants ({@link TenantsFile}).
 * </ul>
 */
@ConfigMapping(prefix = "rollcall")
public interface TenantsConfig {

  /** The default tenant's Zoom credentials. */
  Zoom zoom();

  /** The default tenant's webhook secret token(s), comma-separated. */
  @WithName("zoom-webhook-secrets")
  Optional<List<String>> zoomWebhookSecrets();

  /** The default tenant's API keys (every scope), comma-separated. */
  Optional<List<String>> apiKeys();

  /** A JSON file of further tenants. */
  Optional<Path> tenantsFile();

  /** Whether the default tenant keeps anonymous totals when a person is erased. */
  @WithName("erasure.keep-anonymous-totals")
  @WithDefault("false")
  boolean keepAnonymousTotals();

  /**
   * {@code rollcall.api-auth.enabled} (build time, default false): whether the service has API-key
   * and OIDC authentication at all (io.rollcall.support.security). Declared here so that the
   * property is known; setting it when the service starts changes nothing.
   */
  @WithName("api-auth")
  ApiAuth apiAuth();

  /** OIDC access tokens' claims. */
  Oidc oidc();

  /** Whether the service has the API-key and OIDC authentication. */
  interface ApiAuth {
    @WithDefault("false")
    boolean enabled();
  }

  /** OIDC access tokens' claims ({@code rollcall.oidc.*}). */
  interface Oidc {
    /** The claim that names the tenant (Zoom account id), {@code ROLLCALL_OIDC_TENANT_CLAIM}. */
    @WithDefault("rollcall_tenant")
    String tenantClaim();
  }

  /** The default tenant's Zoom credentials ({@code rollcall.zoom.*}). */
  interface Zoom {
    Optional<String> accountId();

    Optional<String> clientId();

    Optional<String> clientSecret();

    Optional<String> sdkKey();

    Optional<String> sdkSecret();
  }
}
