package io.rollcall.attendance.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who made a request, without the secret: an API key's id is {@code key:} plus the first 12 hex
 * digits of the key's SHA-256 (docs/events.md, {@code rollcall.assignments.v1}: {@code
 * assigned_by}). The key itself is never stored or published.
 */
final class ApiKeyIds {

  private static final String BEARER = "Bearer ";

  private ApiKeyIds() {}

  /**
   * The id of the key in an {@code Authorization: Bearer <key>} header (the API-key filter has
   * accepted it before any resource runs).
   *
   * @throws IllegalArgumentException when the header carries no bearer key
   */
  static String of(String authorization) {
    if (authorization == null
        || authorization.length() <= BEARER.length()
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw new IllegalArgumentException("no bearer key");
    }
    String key = authorization.substring(BEARER.length()).strip();
    return "key:" + HexFormat.of().formatHex(sha256(key)).substring(0, 12);
  }

  private static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
