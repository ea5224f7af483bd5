package io.rollcall.meeting.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The accepted API keys. Keys are compared as SHA-256 digests with {@link MessageDigest#isEqual},
 * in constant time and without revealing their length; every key is checked, match or not.
 */
public final class ApiKeys {
  private final List<byte[]> digests;

  public ApiKeys(List<String> keys) {
    this.digests =
        keys.stream().map(String::trim).filter(k -> !k.isEmpty()).map(ApiKeys::sha256).toList();
  }

  /** Whether an {@code Authorization} header value carries an accepted bearer key. */
  public boolean accepts(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    byte[] given = sha256(authorization.substring(7).trim());
    boolean match = false;
    for (byte[] digest : digests) {
      match |= MessageDigest.isEqual(digest, given);
    }
    return match;
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
