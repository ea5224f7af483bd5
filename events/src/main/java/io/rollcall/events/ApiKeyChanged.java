package io.rollcall.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * The current state of an API key created through meeting-service's admin endpoint (topic {@code
 * rollcall.credentials.v1}, compacted, key {@link #keyId()}). The key itself is never written: only
 * its SHA-256. Every service with an API reads the whole topic at start and follows it, so a key
 * works, and stops working when revoked, on all of them.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param eventId unique per state change
 * @param keyId the key's public id, e.g. {@code key:3f9a1c0b7d2e}
 * @param tenant the Zoom account ({@code account_id}) the key acts for
 * @param sha256 lowercase hex SHA-256 of the key's UTF-8 bytes
 * @param scopes {@code attendance:read}, {@code meetings:write}, {@code host-links}, {@code admin}
 * @param label the operator's note on what the key is for
 * @param createdAt when the key was created (UTC)
 * @param revokedAt when it was revoked (UTC), or null while it is valid
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ApiKeyChanged(
    int schemaVersion,
    String eventId,
    String keyId,
    String tenant,
    String sha256,
    List<String> scopes,
    String label,
    Instant createdAt,
    Instant revokedAt) {

  public static final int SCHEMA_VERSION = 1;

  public ApiKeyChanged {
    scopes = scopes == null ? List.of() : List.copyOf(scopes);
  }

  /** Whether the key is revoked. */
  public boolean revoked() {
    return revokedAt != null;
  }
}
