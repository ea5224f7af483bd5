package io.rollcall.simulator.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Zoom's webhook signatures (ZOOM-FACTS §1.3, §1.6). */
public final class Signature {

  private Signature() {}

  /** x-zm-signature: "v0=" + hex HMAC-SHA256(secret, "v0:{timestamp}:{body}"). */
  public static String sign(String secret, long timestampSeconds, String body) {
    return "v0=" + hmacHex(secret, "v0:" + timestampSeconds + ":" + body);
  }

  /** encryptedToken of the endpoint.url_validation reply: hex HMAC-SHA256(secret, plainToken). */
  public static String encryptToken(String secret, String plainToken) {
    return hmacHex(secret, plainToken);
  }

  public static String hmacHex(String secret, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
