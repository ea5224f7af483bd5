package io.rollcall.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * A change of attendance for downstream consumers (topic {@code rollcall.attendance.v1}, key:
 * meeting instance uuid).
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param eventId unique per change; deterministic from the participant message that caused it
 * @param type what changed
 * @param meetingId Zoom meeting number
 * @param instanceUuid meeting instance uuid
 * @param ref the person's ref; null for an unresolved connection chain
 * @param connectionId the connection concerned (person_joined / person_left)
 * @param name the person's name (registered name, else the name Zoom reported)
 * @param attendedSeconds the person's attended seconds so far (union of their connections)
 * @param firstJoin the person's first join
 * @param lastLeave the person's last leave; null while connected
 * @param flags the person's flags
 * @param occurredAt when the change happened (event time)
 * @param tenant the Zoom account ({@code account_id}) the message belongs to: Rollcall's tenant.
 *     Absent (null) on messages written before tenants existed, which belong to the default tenant
 *     (docs/tenants.md). Added with tenants (optional).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AttendanceChange(
    int schemaVersion,
    String eventId,
    Type type,
    String meetingId,
    String instanceUuid,
    String ref,
    String connectionId,
    String name,
    Long attendedSeconds,
    Instant firstJoin,
    Instant lastLeave,
    List<Flag> flags,
    Instant occurredAt,
    String tenant) {

  public static final int SCHEMA_VERSION = 1;

  public AttendanceChange {
    flags = flags == null ? List.of() : List.copyOf(flags);
  }

  public enum Type {
    @JsonProperty("person_joined")
    PERSON_JOINED,
    @JsonProperty("person_left")
    PERSON_LEFT,
    @JsonProperty("attendance_updated")
    ATTENDANCE_UPDATED,
    @JsonProperty("instance_ended")
    INSTANCE_ENDED
  }
}
