package io.rollcall.meeting.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Path segments as Zoom wants them. */
public final class ZoomPaths {
  private ZoomPaths() {}

  /** Percent-encodes one path segment ({@code +}, {@code /} and {@code =} included). */
  public static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * A meeting id or instance uuid for a path: encoded once, and twice when the uuid starts with
   * {@code /} or contains {@code //}, as Zoom requires (ZOOM-FACTS §2.1).
   */
  public static String meeting(String idOrUuid) {
    String once = segment(idOrUuid);
    return idOrUuid.startsWith("/") || idOrUuid.contains("//") ? segment(once) : once;
  }
}
