package io.rollcall.simulator.domain;

import java.util.Base64;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/** Zoom-shaped identifiers drawn from one seeded generator, so a seed replays the same ids. */
public final class Ids {

  private static final String ALNUM =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private final Random random;

  public Ids(long seed) {
    this.random = new Random(seed);
  }

  /** An 11-digit meeting number (Zoom ids can exceed 10 digits: int64). */
  public synchronized long meetingNumber() {
    return 80_000_000_000L + (long) (random.nextDouble() * 9_999_999_999L);
  }

  /** An instance uuid: base64 of 16 bytes, e.g. {@code rT7xQb+4S3q0m/1Zc9Lw2A==}. */
  public synchronized String instanceUuid() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** A 22-character url-safe id, the shape of Zoom user ids and registrant ids. */
  public synchronized String zoomId() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** An opaque token (registrant tk, ZAK, access token). */
  public synchronized String token(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
    }
    return out.toString();
  }

  /** An upper-case UUID, the shape of participant_uuid. */
  public synchronized String participantUuid() {
    return new UUID(random.nextLong(), random.nextLong()).toString().toUpperCase(Locale.ROOT);
  }

  /** x-zm-request-id shape: a UUID with underscores. */
  public synchronized String requestId() {
    return new UUID(random.nextLong(), random.nextLong()).toString().replace('-', '_');
  }

  public synchronized int digits(int count) {
    int bound = (int) Math.pow(10, count);
    return bound / 10 + random.nextInt(bound - bound / 10);
  }

  /** A device-derived default name, what a signed-out desktop client reports. */
  public synchronized String osUserName() {
    return switch (random.nextInt(3)) {
      case 0 -> "DESKTOP-" + token(5).toUpperCase(Locale.ROOT);
      case 1 -> "iPhone";
      default -> "user";
    };
  }

  public synchronized double nextDouble() {
    return random.nextDouble();
  }
}
