package io.rollcall.support.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * How API keys are made and kept: 32 random bytes, base64url; stored as the SHA-256 of the key. A
 * plain digest (no salt, no slow hash) is enough because the keys are random and 256 bits long, not
 * chosen by people: there is nothing to guess by dictionary.
 */
public final class KeyDigests {

  private static final SecureRandom RANDOM = new SecureRandom();

  private KeyDigests() {}

  /** A new key: {@code rk_} and 43 base64url characters. */
  public static String newKey() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "rk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Lowercase hex SHA-256 of the key's UTF-8 bytes. */
  public static String sha256Hex(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** The public id of a key with this digest: {@code key:} and its first 12 hex digits. */
  public static String idOf(String sha256Hex) {
    return "key:" + sha256Hex.substring(0, 12);
  }
}
