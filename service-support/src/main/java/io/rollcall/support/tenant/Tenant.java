package io.rollcall.support.tenant;

import java.util.List;
import java.util.Optional;

/**
 * One Zoom account that installed Rollcall: its credentials and its API keys. The secrets are never
 * logged: {@link #toString()} names the account only.
 *
 * @param accountId Zoom's {@code account_id}; Rollcall's tenant id on every row and message
 * @param clientId Server-to-Server OAuth client id (meeting-service), may be absent
 * @param clientSecret Server-to-Server OAuth client secret, may be absent
 * @param webhookSecrets the Zoom app's webhook secret token(s); two during a rotation
 * @param sdkKey Meeting SDK key, may be absent
 * @param sdkSecret Meeting SDK secret, may be absent
 * @param apiKeys the tenant's configured API keys (created keys come from the credentials topic)
 * @param keepAnonymousTotals on erasure, keep the person's attended seconds without identity
 * @param rateLimits the account's Zoom API rate limits when they differ from the service's
 *     configured ones (Zoom's limits depend on the account's plan: ZOOM-FACTS §3.7)
 */
public record Tenant(
    String accountId,
    Optional<String> clientId,
    Optional<String> clientSecret,
    List<String> webhookSecrets,
    Optional<String> sdkKey,
    Optional<String> sdkSecret,
    List<ApiKeyGrant> apiKeys,
    boolean keepAnonymousTotals,
    Optional<ZoomRateLimits> rateLimits) {

  public Tenant {
    if (accountId == null || accountId.isBlank()) {
      throw new IllegalArgumentException("a tenant needs its Zoom account_id");
    }
    webhookSecrets = webhookSecrets.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    apiKeys = List.copyOf(apiKeys);
  }

  @Override
  public String toString() {
    return "Tenant[" + accountId + "]";
  }
}
