package io.rollcall.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * A later resolution of a connection replaces the earlier one: every event of the connection now
 * belongs to {@link #identity()}. Published when late evidence arrives (a link the registry did not
 * know yet, a stronger event of the same connection) or when flags change.
 *
 * @param schemaVersion {@link ParticipantMessage#SCHEMA_VERSION}
 * @param eventId deterministic: connection id + revision
 * @param meetingId Zoom meeting number
 * @param instanceUuid meeting instance uuid
 * @param connectionId the connection re-attributed
 * @param identity the connection's resolution now
 * @param flags the connection's flags now (replacing the earlier set)
 * @param revision strictly greater than every earlier revision of the connection
 * @param reason why the correction happened, for people reading the log
 * @param occurredAt when identity-service made the correction
 * @param tenant the Zoom account ({@code account_id}) the message belongs to: Rollcall's tenant.
 *     Absent (null) on messages written before tenants existed, which belong to the default tenant
 *     (docs/tenants.md). Added with tenants (optional).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ConnectionCorrected(
    int schemaVersion,
    String eventId,
    String meetingId,
    String instanceUuid,
    String connectionId,
    Identity identity,
    List<Flag> flags,
    int revision,
    String reason,
    Instant occurredAt,
    String tenant)
    implements ParticipantMessage {

  /** This message, stamped with {@code tenant}. */
  public ConnectionCorrected withTenant(String tenant) {
    return new ConnectionCorrected(
        schemaVersion,
        eventId,
        meetingId,
        instanceUuid,
        connectionId,
        identity,
        flags,
        revision,
        reason,
        occurredAt,
        tenant);
  }

  public static final String TYPE = "connection_corrected";

  public ConnectionCorrected {
    flags = flags == null ? List.of() : List.copyOf(flags);
  }
}
