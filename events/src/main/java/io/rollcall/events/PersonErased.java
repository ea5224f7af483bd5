package io.rollcall.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * A tenant asked that a person be erased ({@code DELETE /people/{ref}} on meeting-service). Every
 * service deletes the person's links, names, emails and display names from its tables when it reads
 * this, and keeps only the fact that {@code ref} is erased, so that a later rebuild or a late event
 * does not bring the person back. Key {@code <tenant>/<ref>}.
 *
 * @param schemaVersion {@link ErasureMessage#SCHEMA_VERSION}
 * @param eventId unique per request
 * @param erasureId the erasure's id, also the event id of the services' {@link ErasureApplied}
 * @param tenant the Zoom account ({@code account_id})
 * @param ref the caller's person id, as in {@code POST /meetings/{id}/invitees}
 * @param linkIds the person's links meeting-service erased (each also tombstoned on {@code
 *     rollcall.links.v1})
 * @param keepAnonymousTotals when the tenant keeps anonymous totals: attendance keeps the person's
 *     attended seconds under an anonymous entry instead of deleting them
 * @param requestedBy who asked: an API key id ({@code key:…}) or an OIDC subject
 * @param requestedAt when meeting-service accepted the request (UTC)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PersonErased(
    int schemaVersion,
    String eventId,
    String erasureId,
    String tenant,
    String ref,
    List<String> linkIds,
    boolean keepAnonymousTotals,
    String requestedBy,
    Instant requestedAt)
    implements ErasureMessage {

  public static final String TYPE = "person_erased";

  public PersonErased {
    linkIds = linkIds == null ? List.of() : List.copyOf(linkIds);
  }

  /** {@code <tenant>/<ref>}: a second request for the same person replaces the first. */
  @Override
  public String key() {
    return keyOf(tenant, ref);
  }

  /** The Kafka key of a request to erase {@code ref} of {@code tenant}. */
  public static String keyOf(String tenant, String ref) {
    return tenant + "/" + ref;
  }
}
