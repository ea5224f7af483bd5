package io.rollcall.simulator.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollcall.simulator.domain.ZoomApiException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Zoom's pagination: page_size (default 30, max 300) and an opaque next_page_token valid for 15
 * minutes.
 */
public final class Pages {

  private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);

  private Pages() {}

  /** Writes page_size, total_records, next_page_token and the page's items under {@code key}. */
  public static ObjectNode page(
      List<ObjectNode> all, Integer pageSize, String token, String key, Instant now) {
    int size = pageSize == null ? 30 : Math.max(1, Math.min(300, pageSize));
    int from = token == null || token.isBlank() ? 0 : offset(token, now);
    int to = Math.min(all.size(), from + size);
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("page_size", size);
    out.put("total_records", all.size());
    out.put("next_page_token", to < all.size() ? token(to, now) : "");
    ArrayNode items = out.putArray(key);
    all.subList(Math.min(from, all.size()), to).forEach(items::add);
    return out;
  }

  private static String token(int offset, Instant now) {
    String raw = offset + "|" + now.plus(TOKEN_LIFETIME).getEpochSecond();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  private static int offset(String token, Instant now) {
    try {
      String[] raw =
          new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
      if (Instant.ofEpochSecond(Long.parseLong(raw[1])).isBefore(now)) {
        throw ZoomApiException.validation("The next page token is invalid or expired.");
      }
      return Integer.parseInt(raw[0]);
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      throw ZoomApiException.validation("The next page token is invalid or expired.");
    }
  }
}
