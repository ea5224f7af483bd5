package io.rollcall.meeting.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns every Zoom answer of 400 or above into a {@link ZoomApiException}: status, Zoom's error
 * {@code code} and {@code message} from its JSON body ({@code {"code": 124, "message": "..."}}),
 * the wait {@code Retry-After} asks for (seconds, HTTP-date or ISO date-time, ZOOM-FACTS §3.7) and
 * whether a 429 is for a daily limit. The operation is named by {@link ZoomCalls}, which knows it.
 */
public class ZoomErrorMapper implements ResponseExceptionMapper<ZoomApiException> {
  private final ObjectMapper json;
  private final Clock clock;

  public ZoomErrorMapper(ObjectMapper json, Clock clock) {
    this.json = json;
    this.clock = clock;
  }

  @Override
  public ZoomApiException toThrowable(Response response) {
    int status = response.getStatus();
    JsonNode error = read(response);
    Integer code = error.hasNonNull("code") ? error.get("code").asInt() : null;
    String message = error.path("message").asText("");
    MultivaluedMap<String, String> headers = response.getStringHeaders();
    Duration retryAfter =
        RetryAfter.parse(headers.getFirst("Retry-After"), clock.instant()).orElse(null);
    String rateLimitType = String.valueOf(headers.getFirst("X-RateLimit-Type"));
    boolean daily =
        rateLimitType.toLowerCase(Locale.ROOT).contains("daily")
            || message.toLowerCase(Locale.ROOT).contains("daily");
    String detail =
        "Zoom answered "
            + status
            + (message.isBlank() ? "" : ": " + message)
            + (code == null ? "" : " (Zoom code " + code + ")");
    return new ZoomApiException(null, status, code, detail, retryAfter, daily, false);
  }

  private JsonNode read(Response response) {
    try {
      String body = response.hasEntity() ? response.readEntity(String.class) : null;
      return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
    } catch (IOException | RuntimeException e) {
      return json.createObjectNode(); // e.g. an HTML error page from a proxy
    }
  }
}
