package io.rollcall.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * Every row of one fetch of an instance's participants report has been published (they precede this
 * message on the instance's partition).
 *
 * @param schemaVersion {@link ReportMessage#SCHEMA_VERSION}
 * @param eventId {@code report-completed:<fetch id>}
 * @param meetingId Zoom meeting number (a webinar's number for a webinar)
 * @param instanceUuid meeting instance uuid
 * @param fetchId unique per fetch (a UUID)
 * @param rowsRead rows the report had, every page included
 * @param fetchedAt when the last page was read (UTC)
 * @param trigger {@code meeting_ended} (the automatic fetch after {@code meeting.ended} plus the
 *     configured delay), {@code on_demand} ({@code POST …/reconcile}) or {@code sweep} (an instance
 *     found through {@code GET /past_meetings/{id}/instances} whose end never arrived)
 * @param tenant the Zoom account ({@code account_id}) the message belongs to: Rollcall's tenant.
 *     Absent (null) on messages written before tenants existed, which belong to the default tenant
 *     (docs/tenants.md). Added with tenants (optional).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReportCompleted(
    int schemaVersion,
    String eventId,
    String meetingId,
    String instanceUuid,
    String fetchId,
    int rowsRead,
    Instant fetchedAt,
    String trigger,
    String tenant)
    implements ReportMessage {

  public static final String TYPE = "report_completed";

  /**
   * The completion of fetch {@code fetchId} of {@code tenant}'s instance.
   *
   * @throws NullPointerException when {@code fetchId} is null
   */
  public static ReportCompleted of(
      String meetingId,
      String instanceUuid,
      String fetchId,
      int rowsRead,
      Instant fetchedAt,
      String trigger,
      String tenant) {
    return new ReportCompleted(
        SCHEMA_VERSION,
        "report-completed:" + java.util.Objects.requireNonNull(fetchId, "fetchId"),
        meetingId,
        instanceUuid,
        fetchId,
        rowsRead,
        fetchedAt,
        trigger,
        tenant);
  }
}
