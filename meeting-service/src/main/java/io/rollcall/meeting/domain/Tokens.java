package io.rollcall.meeting.domain;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable identifiers handed out with links. */
public final class Tokens {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private Tokens() {}

  /** Tracked-redirect token: 256 random bits, URL-safe. */
  public static String trackedToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A link id: {@code lnk_} and 22 alphanumerics (about 131 bits). */
  public static String linkId() {
    return "lnk_" + alphanumeric(22);
  }

  /**
   * A Meeting SDK customer key: alphanumeric (Zoom calls it an alphanumeric string), 32 characters,
   * within the 35 Zoom allows, about 190 random bits, so unique per link.
   */
  public static String customerKey() {
    return "rc" + alphanumeric(30);
  }

  static String alphanumeric(int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = ALPHANUMERIC[RANDOM.nextInt(ALPHANUMERIC.length)];
    }
    return new String(out);
  }
}
