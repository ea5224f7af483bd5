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
 *
 * <p>Two steps, so that a caller can read the body between them (ingest-service picks the secrets
 * by the body's {@code account_id}): {@link #readHeaders} makes the cheap checks (headers present
 * and well formed, timestamp within the window) and {@link SignedHeaders#verifyWith} computes the
 * HMACs. {@link #verify} does both with this verifier's secrets.
 */
public final class WebhookVerifier {
  private static final String ALGORITHM = "HmacSHA256";
  private static final String PREFIX = "v0=";
  private static final HexFormat HEX = HexFormat.of();

  private final List<byte[]> secrets;
  private final Duration replayWindow;

  public WebhookVerifier(List<String> secrets, Duration replayWindow) {
    this.secrets = secretBytes(secrets);
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
    return readHeaders(timestampHeader, signatureHeader, now, replayWindow)
        .verifyWith(secrets, rawBody);
  }

  /** Secret tokens as they are compared: trimmed, blank ones dropped, UTF-8 bytes. */
  public static List<byte[]> secretBytes(List<String> secrets) {
    return secrets.stream()
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(s -> s.getBytes(StandardCharsets.UTF_8))
        .toList();
  }

  /**
   * The cheap checks, made before the body is read and before any HMAC: both headers present and
   * well formed, and the signed timestamp within {@code replayWindow} of {@code now}.
   *
   * @param timestampHeader {@code x-zm-request-timestamp} (epoch seconds), may be null
   * @param signatureHeader {@code x-zm-signature}, may be null
   * @param now the current time
   * @param replayWindow how far the signed timestamp may be from now, either way
   */
  public static SignedHeaders readHeaders(
      String timestampHeader, String signatureHeader, Instant now, Duration replayWindow) {
    if (signatureHeader == null || signatureHeader.isBlank()) {
      return SignedHeaders.rejected("missing x-zm-signature header");
    }
    if (timestampHeader == null || timestampHeader.isBlank()) {
      return SignedHeaders.rejected("missing x-zm-request-timestamp header");
    }
    long timestamp;
    try {
      timestamp = Long.parseLong(timestampHeader.trim());
    } catch (NumberFormatException e) {
      return SignedHeaders.rejected("x-zm-request-timestamp is not a number of seconds");
    }
    if (!signatureHeader.startsWith(PREFIX)) {
      return SignedHeaders.rejected("x-zm-signature does not start with v0=");
    }
    byte[] presented;
    try {
      presented = HEX.parseHex(signatureHeader.substring(PREFIX.length()).trim().toLowerCase());
    } catch (IllegalArgumentException e) {
      return SignedHeaders.rejected("x-zm-signature is not hex");
    }
    // Compared without subtracting from the header's value: any long is safe, none overflows.
    long nowSeconds = now.getEpochSecond();
    long window = replayWindow.toSeconds();
    if (timestamp < nowSeconds - window || timestamp > nowSeconds + window) {
      return SignedHeaders.rejected(
          "x-zm-request-timestamp is outside the replay window of " + window + " s");
    }
    return new SignedHeaders(null, timestampHeader.trim(), timestamp, presented);
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

  /**
   * The signature headers after {@link #readHeaders}: acceptable (well formed, timestamp within the
   * window) and not yet matched against any secret, or rejected with a reason.
   *
   * @param rejection why the headers are refused, null when they are acceptable
   * @param timestamp the {@code x-zm-request-timestamp} text as signed (trimmed)
   * @param epochSecond the timestamp as a number
   * @param signature the presented HMAC bytes
   */
  public record SignedHeaders(
      String rejection, String timestamp, long epochSecond, byte[] signature) {
    static SignedHeaders rejected(String reason) {
      return new SignedHeaders(reason, null, 0, null);
    }

    /** Whether the cheap checks passed. */
    public boolean acceptable() {
      return rejection == null;
    }

    /**
     * Verified when the HMAC of the body with one of {@code secrets} equals the presented signature
     * (the first such secret is reported); each comparison is constant-time.
     *
     * @param secrets as {@link #secretBytes} makes them; may be empty (nothing verifies)
     */
    public Verification verifyWith(List<byte[]> secrets, byte[] rawBody) {
      if (!acceptable()) {
        return Verification.rejected(rejection);
      }
      byte[] message = signedMessage(timestamp, rawBody);
      Optional<byte[]> matching =
          secrets.stream()
              .filter(secret -> MessageDigest.isEqual(hmac(secret, message), signature))
              .findFirst();
      if (matching.isEmpty()) {
        return Verification.rejected("signature does not match any configured secret token");
      }
      return Verification.verified(matching.get(), epochSecond);
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
