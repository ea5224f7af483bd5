package io.rollcall.support.tenant;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every tenant Rollcall serves, by Zoom {@code account_id}. Messages and rows written before
 * tenants carry no tenant and belong to the {@linkplain #defaultTenant() default tenant}.
 */
public final class Tenants {

  /** The default tenant's id when {@code ROLLCALL_ZOOM_ACCOUNT_ID} is not set. */
  public static final String UNNAMED_DEFAULT = "default";

  private final Tenant defaultTenant;
  private final boolean defaultTakesUnknownAccounts;
  private final Map<String, Tenant> byAccountId;

  /**
   * @param defaultTenant the tenant of the single-account variables
   * @param defaultTakesUnknownAccounts whether webhooks of accounts no tenant names go to the
   *     default tenant (only when its account id was not configured)
   * @param others the tenants file's tenants
   * @throws IllegalArgumentException when an account id is configured twice, or an API key (by its
   *     digest) twice, or a key id twice in one tenant: the last would silently win, and a key
   *     meant for one tenant would act for another
   */
  public Tenants(Tenant defaultTenant, boolean defaultTakesUnknownAccounts, List<Tenant> others) {
    this.defaultTenant = defaultTenant;
    this.defaultTakesUnknownAccounts = defaultTakesUnknownAccounts;
    Map<String, Tenant> map = new LinkedHashMap<>();
    map.put(defaultTenant.accountId(), defaultTenant);
    for (Tenant tenant : others) {
      if (map.putIfAbsent(tenant.accountId(), tenant) != null) {
        throw new IllegalArgumentException("tenant " + tenant.accountId() + " is configured twice");
      }
    }
    this.byAccountId = Map.copyOf(map);
    refuseRepeatedKeys(map.values());
  }

  private static void refuseRepeatedKeys(Iterable<Tenant> tenants) {
    Map<String, ApiKeyGrant> byDigest = new HashMap<>();
    for (Tenant tenant : tenants) {
      Set<String> ids = new HashSet<>();
      for (ApiKeyGrant grant : tenant.apiKeys()) {
        if (!ids.add(grant.keyId())) {
          throw new IllegalArgumentException(
              "tenant " + tenant.accountId() + ": api key id " + grant.keyId() + " is given twice");
        }
        ApiKeyGrant earlier = byDigest.putIfAbsent(grant.sha256(), grant);
        if (earlier != null) {
          throw new IllegalArgumentException(
              "an API key is configured twice: key "
                  + earlier.keyId()
                  + " of tenant "
                  + earlier.tenant()
                  + " and key "
                  + grant.keyId()
                  + " of tenant "
                  + tenant.accountId()
                  + " have the same sha256");
        }
      }
    }
  }

  /** Builds the tenants from configuration: the default tenant, then the tenants file's. */
  public static Tenants from(TenantsConfig config) {
    String accountId = config.zoom().accountId().filter(s -> !s.isBlank()).orElse(null);
    List<ApiKeyGrant> keys =
        config.apiKeys().orElse(List.of()).stream()
            .map(String::strip)
            .filter(k -> !k.isEmpty())
            .distinct() // the same key twice in the variable is one key
            .map(
                k ->
                    ApiKeyGrant.ofKey(
                        k, accountId == null ? UNNAMED_DEFAULT : accountId, Scopes.ALL))
            .toList();
    Tenant defaultTenant =
        new Tenant(
            accountId == null ? UNNAMED_DEFAULT : accountId,
            config.zoom().clientId(),
            config.zoom().clientSecret(),
            config.zoomWebhookSecrets().orElse(List.of()),
            config.zoom().sdkKey(),
            config.zoom().sdkSecret(),
            keys,
            config.keepAnonymousTotals(),
            Optional.empty());
    List<Tenant> others = config.tenantsFile().map(TenantsFile::read).orElse(List.of());
    return new Tenants(defaultTenant, accountId == null, others);
  }

  /** The tenant of the single-account variables. */
  public Tenant defaultTenant() {
    return defaultTenant;
  }

  /** The tenant of this account id, if configured. */
  public Optional<Tenant> find(String accountId) {
    return accountId == null ? Optional.empty() : Optional.ofNullable(byAccountId.get(accountId));
  }

  /**
   * The tenant a webhook of {@code accountId} belongs to: the tenant of that account, else the
   * default tenant when it takes unknown accounts, else none (the webhook is refused).
   */
  public Optional<Tenant> forWebhook(String accountId) {
    Optional<Tenant> tenant = find(accountId);
    if (tenant.isPresent() || !defaultTakesUnknownAccounts) {
      return tenant;
    }
    return Optional.of(defaultTenant);
  }

  /** The tenant id a message or row carries, the default tenant's when it carries none. */
  public String idOf(String tenantOrNull) {
    return tenantOrNull == null || tenantOrNull.isBlank()
        ? defaultTenant.accountId()
        : tenantOrNull;
  }

  /** Every tenant, the default first. */
  public List<Tenant> all() {
    return byAccountId.values().stream()
        .sorted(
            (a, b) ->
                a == defaultTenant
                    ? -1
                    : b == defaultTenant ? 1 : a.accountId().compareTo(b.accountId()))
        .toList();
  }
}
