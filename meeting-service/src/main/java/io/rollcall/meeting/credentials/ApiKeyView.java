package io.rollcall.meeting.credentials;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * An API key as the admin endpoint shows it. {@code key} is present once, in the answer to its
 * creation, and never again: Rollcall keeps only its SHA-256.
 *
 * @param keyId public id, {@code key:} and 12 hex digits of the key's SHA-256
 * @param key the key itself, only when just created
 * @param tenant the Zoom account id it acts for
 * @param scopes what it may do
 * @param label the operator's note
 * @param createdBy the credential that created it
 * @param createdAt when (UTC)
 * @param revokedAt when it was revoked (UTC), or absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiKeyView(
    String keyId,
    String key,
    String tenant,
    List<String> scopes,
    String label,
    String createdBy,
    Instant createdAt,
    Instant revokedAt) {

  static ApiKeyView of(ApiKeyEntity row, String key) {
    return new ApiKeyView(
        row.keyId,
        key,
        row.tenant,
        row.scopeList(),
        row.label,
        row.createdBy,
        row.createdAt,
        row.revokedAt);
  }
}
