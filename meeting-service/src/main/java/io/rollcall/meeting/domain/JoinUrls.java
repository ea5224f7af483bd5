package io.rollcall.meeting.domain;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** What a Zoom join URL carries. */
public final class JoinUrls {
  private JoinUrls() {}

  /** The registrant token {@code tk} of a registrant join URL, for Meeting SDK joins. */
  public static Optional<String> registrantToken(String joinUrl) {
    return queryParameter(joinUrl, "tk");
  }

  /**
   * Whether a URL carries host credentials: a ZAK ({@code zak=}) or a start link ({@code /s/}).
   * Participant links must never do so.
   */
  public static boolean carriesHostCredentials(String url) {
    if (url == null) {
      return false;
    }
    URI uri = URI.create(url);
    String path = uri.getPath() == null ? "" : uri.getPath();
    return path.startsWith("/s/") || queryParameter(url, "zak").isPresent();
  }

  static Optional<String> queryParameter(String url, String name) {
    if (url == null) {
      return Optional.empty();
    }
    String query = URI.create(url).getRawQuery();
    if (query == null) {
      return Optional.empty();
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (key.equals(name) && eq >= 0) {
        return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }
}
