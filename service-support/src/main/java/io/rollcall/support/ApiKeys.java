package io.rollcall.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The accepted API keys. Keys are compared as SHA-256 digests with {@link MessageDigest#isEqual},
 * against every configured key, so the time taken tells nothing about how much of a key matched.
 */
public final class ApiKeys {

  private static final String BEARER = "Bearer ";

  private final List<byte[]> digests;

  /** Accepts each of {@code keys}, stripped; blank entries are ignored. */
  public ApiKeys(List<String> keys) {
    this.digests =
        keys.stream().map(String::strip).filter(k -> !k.isEmpty()).map(ApiKeys::digest).toList();
  }

  /** True when the Authorization header carries one of the keys as a bearer credential. */
  public boolean accepts(String authorization) {
    if (authorization == null
        || authorization.length() <= BEARER.length()
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return false;
    }
    byte[] presented = digest(authorization.substring(BEARER.length()).strip());
    boolean accepted = false;
    for (byte[] key : digests) {
      accepted |= MessageDigest.isEqual(key, presented);
    }
    return accepted;
  }

  private static byte[] digest(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
