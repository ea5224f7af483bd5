package io.rollcall.meeting.domain;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * An instance uuid as a caller put it in a path segment of Rollcall's API: percent-encoded once
 * ({@code rT7xQb%2B4S3q0m%2F1Zc9Lw2A%3D%3D}), or twice as Zoom wants for uuids starting with {@code
 * /} or containing {@code //} (ZOOM-FACTS §2.1); both are accepted. A literal {@code +} is a plus
 * (never a space): Zoom's uuids are base64.
 */
public final class InstanceUuids {
  private InstanceUuids() {}

  /**
   * The uuid of a raw (still encoded) path segment: decoded once, and once more when the result
   * still has percent-escapes (a uuid never contains {@code %}).
   *
   * @throws ProblemException 400 when it is blank or not valid percent-encoding
   */
  public static String fromPath(String raw) {
    try {
      String once = decode(raw);
      String uuid = once.contains("%") ? decode(once) : once;
      if (uuid.isBlank()) {
        throw ProblemException.badRequest("instance_uuid is required");
      }
      return uuid;
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("instance_uuid is not valid percent-encoding: " + raw);
    }
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
