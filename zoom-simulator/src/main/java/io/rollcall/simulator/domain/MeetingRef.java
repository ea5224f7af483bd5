package io.rollcall.simulator.domain;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A {meetingId} path segment of the report and past-meeting APIs: a meeting number, or an instance
 * uuid. Zoom's rule (ZOOM-FACTS §2.1): a uuid that starts with "/" or contains "//" must be encoded
 * twice; others once. A uuid that needed double encoding but got single encoding does not resolve,
 * as at Zoom.
 *
 * @param number the meeting number, or null when this is a uuid
 * @param uuid the decoded uuid, or null when this is a number
 */
public record MeetingRef(Long number, String uuid) {

  /** Parses the raw (still percent-encoded) path segment. */
  public static MeetingRef parse(String rawSegment) {
    if (rawSegment.matches("\\d+")) {
      return new MeetingRef(Long.parseLong(rawSegment), null);
    }
    String once = decode(rawSegment);
    if (once.contains("%")) {
      return new MeetingRef(null, decode(once));
    }
    if (needsDoubleEncoding(once)) {
      throw ZoomApiException.meetingNotFound(once);
    }
    return new MeetingRef(null, once);
  }

  public static boolean needsDoubleEncoding(String uuid) {
    return uuid.startsWith("/") || uuid.contains("//");
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
