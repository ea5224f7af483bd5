package io.rollcall.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * Zoom's participants report of the instance was read and merged: every event made from its rows
 * precedes this message on the instance's partition. Published by identity-service when it has
 * applied a {@link ReportCompleted}.
 *
 * @param schemaVersion {@link ParticipantMessage#SCHEMA_VERSION}
 * @param eventId {@code reconciled:<fetch id>}
 * @param meetingId Zoom meeting number
 * @param instanceUuid meeting instance uuid
 * @param fetchId the report fetch ({@link ReportCompleted#fetchId()})
 * @param rowsRead rows the report had, every page
 * @param reconciledAt when meeting-service finished reading the report (UTC)
 * @param trigger why it was read: {@code meeting_ended}, {@code on_demand} or {@code sweep}
 * @param tenant the Zoom account ({@code account_id}) the message belongs to: Rollcall's tenant.
 *     Absent (null) on messages written before tenants existed, which belong to the default tenant
 *     (docs/tenants.md). Added with tenants (optional).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InstanceReconciled(
    int schemaVersion,
    String eventId,
    String meetingId,
    String instanceUuid,
    String fetchId,
    int rowsRead,
    Instant reconciledAt,
    String trigger,
    String tenant)
    implements ParticipantMessage {

  /** This message, stamped with {@code tenant}. */
  public InstanceReconciled withTenant(String tenant) {
    return new InstanceReconciled(
        schemaVersion,
        eventId,
        meetingId,
        instanceUuid,
        fetchId,
        rowsRead,
        reconciledAt,
        trigger,
        tenant);
  }

  public static final String TYPE = "instance_reconciled";
}
