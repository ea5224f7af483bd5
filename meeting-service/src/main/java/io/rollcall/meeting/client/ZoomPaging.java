package io.rollcall.meeting.client;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Zoom's token paging (ZOOM-FACTS §3.6): the first page is asked without a token, each further one
 * with the {@code next_page_token} of the page before, until a page comes back with an empty one.
 */
public final class ZoomPaging {
  private ZoomPaging() {}

  /** One page: its items and the token of the next page (null or empty on the last page). */
  public record Page<T>(List<T> items, String nextPageToken) {}

  /**
   * Every item of every page, in order.
   *
   * @param fetch reads the page of a token (null for the first page)
   * @param maxPages a bound against a server that never ends (or repeats a token)
   * @throws IllegalStateException when a token repeats or there are more than {@code maxPages}
   */
  public static <T> List<T> readAll(Function<String, Page<T>> fetch, int maxPages) {
    List<T> all = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String token = null;
    for (int pages = 0; pages < maxPages; pages++) {
      Page<T> page = fetch.apply(token);
      if (page.items() != null) {
        all.addAll(page.items());
      }
      token = page.nextPageToken();
      if (token == null || token.isEmpty()) {
        return all;
      }
      if (!seen.add(token)) {
        throw new IllegalStateException("Zoom repeated the page token " + token);
      }
    }
    throw new IllegalStateException("more than " + maxPages + " pages");
  }
}
