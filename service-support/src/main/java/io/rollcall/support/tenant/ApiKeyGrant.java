package io.rollcall.support.tenant;

import java.util.Set;

/**
 * An API key as Rollcall keeps it: never the key, only its SHA-256, with the tenant it acts for and
 * its scopes.
 *
 * @param keyId public id, {@code key:} and the first 12 hex digits of the SHA-256 unless the
 *     tenants file names it
 * @param sha256 lowercase hex SHA-256 of the key's UTF-8 bytes
 * @param tenant the Zoom account id the key acts for
 * @param scopes a subset of {@link Scopes#ALL}
 */
public record ApiKeyGrant(String keyId, String sha256, String tenant, Set<String> scopes) {

  public ApiKeyGrant {
    scopes = Set.copyOf(scopes);
  }

  /** The grant of a key given in clear (the single-account {@code ROLLCALL_API_KEYS}). */
  public static ApiKeyGrant ofKey(String key, String tenant, Set<String> scopes) {
    String sha256 = KeyDigests.sha256Hex(key);
    return new ApiKeyGrant(KeyDigests.idOf(sha256), sha256, tenant, scopes);
  }
}
