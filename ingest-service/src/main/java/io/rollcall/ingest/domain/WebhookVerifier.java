package io.rollcall.ingest.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Zoom's webhook signature: {@code x-zm-signature = "v0=" + hex(HMAC-SHA256(secret,
 * "v0:{x-zm-request-timestamp}:{raw body}"))}, checked over the exact raw bytes, in constant time,
 * against every configured secret (so a secret can be rotated without downtime), with a replay
 * window on the signed timestamp.
 */
public final class WebhookVerifier {
  private static final String ALGORITHM = "HmacSHA256";
  private static final String PREFIX = "v0=";
  private static final HexFormat HEX = HexFormat.of();

  private final List<byte[]> secrets;
  private final Duration replayWindow;

  public WebhookVerifier(List<String> secrets, Duration replayWindow) {
    this.secrets =
        secrets.stream()
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .map(s -> s.getBytes(StandardCharsets.UTF_8))
            .toList();
    if (this.secrets.isEmpty()) {
      throw new IllegalArgumentException("at least one webhook secret token is required");
    }
    this.replayWindow = replayWindow;
  }

  /**
   * Verifies one request.
   *
   * @param timestampHeader {@code x-zm-request-timestamp} (epoch seconds), may be null
   * @param signatureHeader {@code x-zm-signature}, may be null
   * @param rawBody the request body exactly as received
   * @param now the current time
   */
  public Verification verify(
      String timestampHeader, String signatureHeader, byte[] rawBody, Instant now) {
    if (signatureHeader == null || signatureHeader.isBlank()) {
      return Verification.rejected("missing x-zm-signature header");
    }
    if (timestampHeader == null || timestampHeader.isBlank()) {
      return Verification.rejected("missing x-zm-request-timestamp header");
    }
    long timestamp;
    try {
      timestamp = Long.parseLong(timestampHeader.trim());
    } catch (NumberFormatException e) {
      return Verification.rejected("x-zm-request-timestamp is not a number of seconds");
    }
    if (!signatureHeader.startsWith(PREFIX)) {
      return Verification.rejected("x-zm-signature does not start with v0=");
    }
    byte[] presented;
    try {
      presented = HEX.parseHex(signatureHeader.substring(PREFIX.length()).trim().toLowerCase());
    } catch (IllegalArgumentException e) {
      return Verification.rejected("x-zm-signature is not hex");
    }
    byte[] message = signedMessage(timestampHeader.trim(), rawBody);
    Optional<byte[]> matching =
        secrets.stream()
            .filter(secret -> MessageDigest.isEqual(hmac(secret, message), presented))
            .findFirst();
    if (matching.isEmpty()) {
      return Verification.rejected("signature does not match any configured secret token");
    }
    long age = Math.abs(now.getEpochSecond() - timestamp);
    if (age > replayWindow.toSeconds()) {
      return Verification.rejected(
          "x-zm-request-timestamp is outside the replay window of "
              + replayWindow.toSeconds()
              + " s");
    }
    return Verification.verified(matching.get(), timestamp);
  }

  /** The answer to Zoom's {@code endpoint.url_validation}: hex HMAC-SHA256(secret, plainToken). */
  public static String encryptedToken(byte[] secret, String plainToken) {
    return HEX.formatHex(hmac(secret, plainToken.getBytes(StandardCharsets.UTF_8)));
  }

  /** The signature Zoom would send for this body: for tests, the simulator and benchmarks. */
  public static String sign(String secret, String timestamp, byte[] rawBody) {
    return PREFIX
        + HEX.formatHex(
            hmac(secret.getBytes(StandardCharsets.UTF_8), signedMessage(timestamp, rawBody)));
  }

  private static byte[] signedMessage(String timestamp, byte[] rawBody) {
    byte[] head = ("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8);
    byte[] message = new byte[head.length + rawBody.length];
    System.arraycopy(head, 0, message, 0, head.length);
    System.arraycopy(rawBody, 0, message, head.length, rawBody.length);
    return message;
  }

  private static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac.doFinal(data);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }

  /** The outcome: verified with the secret that matched, or rejected with a reason. */
  public record Verification(boolean verified, String reason, byte[] secret, long timestamp) {
    static Verification verified(byte[] secret, long timestamp) {
      return new Verification(true, null, secret, timestamp);
    }

    static Verification rejected(String reason) {
      return new Verification(false, reason, null, 0);
    }
  }
}
