package io.rollcall.ingest.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key consumers dedupe on: Zoom's {@code x-zm-request-id} (documented as unchanged across retry
 * attempts of the webhook log's {@code request_id}) when sent, else a hash of the exact body, which
 * is equal for a retried delivery of the same event.
 */
public final class DedupKey {
  private DedupKey() {}

  public static String of(String zoomRequestId, byte[] rawBody) {
    if (zoomRequestId != null && !zoomRequestId.isBlank()) {
      return zoomRequestId.trim();
    }
    try {
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(rawBody));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
