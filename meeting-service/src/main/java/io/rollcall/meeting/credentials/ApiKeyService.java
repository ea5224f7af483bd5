package io.rollcall.meeting.credentials;

import io.rollcall.events.ApiKeyChanged;
import io.rollcall.events.EventJson;
import io.rollcall.meeting.domain.ProblemException;
import io.rollcall.outbox.OutboxRepository;
import io.rollcall.support.security.KeyRing;
import io.rollcall.support.tenant.KeyDigests;
import io.rollcall.support.tenant.Scopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates, lists and revokes a tenant's API keys. Each change is stored (hashed) and written to the
 * outbox for {@code rollcall.credentials.v1} in one transaction, so every service's {@link KeyRing}
 * learns it once it commits, this one's included.
 */
@ApplicationScoped
public class ApiKeyService {

  private final ApiKeyRepository keys;
  private final OutboxRepository outbox;
  private final KeyRing ring;
  private final String topic;
  private final Clock clock;

  public ApiKeyService(
      ApiKeyRepository keys,
      OutboxRepository outbox,
      KeyRing ring,
      @ConfigProperty(name = "rollcall.topic.credentials") String topic,
      Clock clock) {
    this.keys = keys;
    this.outbox = outbox;
    this.ring = ring;
    this.topic = topic;
    this.clock = clock;
  }

  /**
   * A new key for {@code tenant}; the answer is the only place the key appears.
   *
   * @throws ProblemException 422 when the scopes are missing or unknown
   */
  @Transactional
  public ApiKeyView create(String tenant, List<String> scopes, String label, String createdBy) {
    if (scopes == null || scopes.isEmpty()) {
      throw new ProblemException(
          422, "Unprocessable", "scopes are required: any of " + Scopes.sorted());
    }
    List<String> checked;
    try {
      checked = Scopes.parse(scopes).stream().sorted().toList();
    } catch (IllegalArgumentException e) {
      throw new ProblemException(422, "Unprocessable", e.getMessage());
    }
    String key = KeyDigests.newKey();
    String sha256 = KeyDigests.sha256Hex(key);
    ApiKeyEntity row = new ApiKeyEntity();
    row.keyId = KeyDigests.idOf(sha256);
    row.tenant = tenant;
    row.sha256 = sha256;
    row.scopes = String.join(",", checked);
    row.label = label == null || label.isBlank() ? null : label.strip();
    row.createdBy = createdBy;
    row.createdAt = now();
    keys.persist(row);
    publish(row);
    return ApiKeyView.of(row, key);
  }

  /** The tenant's keys, without the keys themselves. */
  @Transactional
  public List<ApiKeyView> list(String tenant) {
    return keys.ofTenant(tenant).stream().map(row -> ApiKeyView.of(row, null)).toList();
  }

  /**
   * Revokes a created key of {@code tenant}; revoking twice answers the first revocation.
   *
   * @throws ProblemException 404 when the tenant has no such created key; 409 when the key is
   *     configured (tenants file or ROLLCALL_API_KEYS): those are revoked in configuration
   */
  @Transactional
  public ApiKeyView revoke(String tenant, String keyId) {
    ApiKeyEntity row =
        keys.find(tenant, keyId)
            .orElseThrow(
                () -> {
                  if (ring.isConfigured(keyId)) {
                    return new ProblemException(
                        409,
                        "Conflict",
                        "key "
                            + keyId
                            + " is configured (tenants file or ROLLCALL_API_KEYS): remove it"
                            + " there");
                  }
                  return ProblemException.notFound("no API key " + keyId);
                });
    if (row.revokedAt == null) {
      row.revokedAt = now();
      publish(row);
    }
    return ApiKeyView.of(row, null);
  }

  private void publish(ApiKeyEntity row) {
    ApiKeyChanged change =
        new ApiKeyChanged(
            ApiKeyChanged.SCHEMA_VERSION,
            UUID.randomUUID().toString(),
            row.keyId,
            row.tenant,
            row.sha256,
            row.scopeList(),
            row.label,
            row.createdAt,
            row.revokedAt);
    outbox.add(
        change.eventId(),
        topic,
        row.keyId,
        new String(EventJson.encode(change), StandardCharsets.UTF_8));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
