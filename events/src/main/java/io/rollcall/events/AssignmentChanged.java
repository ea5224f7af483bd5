package io.rollcall.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * An operator assigned a connection (and the chain it belongs to) to an invitee, or withdrew that
 * assignment: a message on {@code rollcall.assignments.v1} (key: meeting instance uuid), written by
 * attendance-service's outbox when {@code PUT} or {@code DELETE
 * /meetings/{meeting_id}/instances/{instance_uuid}/connections/{connection_id}/assignment} is
 * accepted. identity-service applies it through the normal path: it publishes the connection's new
 * resolution (method {@code manual}, or back to the evidence) as a {@link ConnectionCorrected}.
 *
 * <p>Per connection the latest assignment wins, ordered by {@link #occurredAt}, then {@link
 * #eventId}; in a chain, the latest assignment of any of its connections decides the chain.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param eventId unique per request (a UUID)
 * @param action {@code assigned} or {@code withdrawn}
 * @param meetingId Zoom meeting number
 * @param instanceUuid meeting instance uuid
 * @param connectionId identity-service's connection id (a session's {@code connection_id})
 * @param ref the invitee assigned; null when withdrawn
 * @param reason the operator's reason (required when assigning; optional when withdrawing)
 * @param assignedBy the API key's id ({@code key:<first 12 hex of SHA-256 of the key>}), never the
 *     key
 * @param occurredAt when attendance-service accepted the request (UTC)
 * @param tenant the Zoom account ({@code account_id}) the message belongs to: Rollcall's tenant.
 *     Absent (null) on messages written before tenants existed, which belong to the default tenant
 *     (docs/tenants.md). Added with tenants (optional).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AssignmentChanged(
    int schemaVersion,
    String eventId,
    Action action,
    String meetingId,
    String instanceUuid,
    String connectionId,
    String ref,
    String reason,
    String assignedBy,
    Instant occurredAt,
    String tenant) {

  public static final int SCHEMA_VERSION = 1;

  /** What the operator did. */
  public enum Action {
    @JsonProperty("assigned")
    ASSIGNED,
    @JsonProperty("withdrawn")
    WITHDRAWN
  }
}
