package io.rollcall.support.security;

import io.rollcall.events.ApiKeyChanged;
import io.rollcall.support.tenant.ApiKeyGrant;
import io.rollcall.support.tenant.Tenant;
import io.rollcall.support.tenant.Tenants;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every API key this service accepts, by SHA-256: the configured ones (each tenant's, and the
 * default tenant's {@code ROLLCALL_API_KEYS}) and those created through the admin endpoint, which
 * arrive from {@code rollcall.credentials.v1} ({@link CredentialsConsumer}). A created key is
 * unknown here until its message has been read, so a service that is still catching up after a
 * start refuses it rather than accepting a revoked one.
 */
@Singleton
public class KeyRing {

  private final Tenants tenants;
  private final Map<String, ApiKeyGrant> configured;
  private final Map<String, ApiKeyGrant> created = new ConcurrentHashMap<>();

  public KeyRing(Tenants tenants) {
    this.tenants = tenants;
    Map<String, ApiKeyGrant> map = new HashMap<>();
    for (Tenant tenant : tenants.all()) {
      for (ApiKeyGrant grant : tenant.apiKeys()) {
        map.put(grant.sha256(), grant);
      }
    }
    this.configured = Map.copyOf(map);
  }

  /** The grant of the key with this digest, unless unknown or revoked. */
  public Optional<ApiKeyGrant> find(String sha256Hex) {
    ApiKeyGrant grant = configured.get(sha256Hex);
    return Optional.ofNullable(grant != null ? grant : created.get(sha256Hex));
  }

  /** Whether the key with this id is configured (and so cannot be revoked through the API). */
  public boolean isConfigured(String keyId) {
    return configured.values().stream().anyMatch(g -> g.keyId().equals(keyId));
  }

  /**
   * Follows a created key's latest state: valid keys are accepted, revoked ones no longer, nor
   * those of a tenant no longer configured here (removed from the tenants file: its keys stop
   * working with it, and come back if it is configured again).
   */
  public void apply(ApiKeyChanged change) {
    if (change.revoked() || tenants.find(tenants.idOf(change.tenant())).isEmpty()) {
      created.remove(change.sha256());
    } else {
      created.put(
          change.sha256(),
          new ApiKeyGrant(
              change.keyId(), change.sha256(), change.tenant(), Set.copyOf(change.scopes())));
    }
  }
}
