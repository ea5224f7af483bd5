package io.rollcall.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Map;

/**
 * One service's report of what it erased for a {@link PersonErased}: counts by kind of record, e.g.
 * {@code {"links": 2, "connections": 3}}, never the erased values. Key {@code <erasure
 * id>/<service>}.
 *
 * @param schemaVersion {@link ErasureMessage#SCHEMA_VERSION}
 * @param eventId {@code <erasure id>/<service>}
 * @param erasureId the request's {@link PersonErased#erasureId()}
 * @param tenant the Zoom account ({@code account_id})
 * @param service the reporting service, e.g. {@code identity-service}
 * @param erased how many records of each kind were deleted or emptied
 * @param appliedAt when the service committed the erasure (UTC)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ErasureApplied(
    int schemaVersion,
    String eventId,
    String erasureId,
    String tenant,
    String service,
    Map<String, Integer> erased,
    Instant appliedAt)
    implements ErasureMessage {

  public static final String TYPE = "erasure_applied";

  public ErasureApplied {
    erased = erased == null ? Map.of() : Map.copyOf(erased);
  }

  /** A report of {@code service} for {@code erasureId}. */
  public static ErasureApplied of(
      String erasureId,
      String tenant,
      String service,
      Map<String, Integer> erased,
      Instant appliedAt) {
    return new ErasureApplied(
        SCHEMA_VERSION, erasureId + "/" + service, erasureId, tenant, service, erased, appliedAt);
  }

  @Override
  public String key() {
    return eventId;
  }
}
