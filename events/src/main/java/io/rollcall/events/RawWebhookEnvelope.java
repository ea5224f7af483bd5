package io.rollcall.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * A verified Zoom webhook as ingest-service received it (topic {@code zoom.webhooks.raw.v1}, key
 * {@link #partitionKey()}).
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param dedupKey Zoom's {@code x-zm-request-id} (stable across retries) when sent, otherwise
 *     {@code sha256:<hex of the body>}
 * @param event the body's {@code event} field, e.g. {@code meeting.participant_joined}
 * @param meetingId {@code payload.object.id} as a string, when present
 * @param meetingUuid {@code payload.object.uuid} (the meeting instance), when present
 * @param receivedAt when ingest-service received the request
 * @param requestTimestamp the signed {@code x-zm-request-timestamp}, epoch seconds
 * @param zoomRequestId {@code x-zm-request-id} when Zoom sent one
 * @param body the raw request body, byte for byte (UTF-8)
 * @param tenant the Zoom account ({@code account_id}) the message belongs to: Rollcall's tenant.
 *     Absent (null) on messages written before tenants existed, which belong to the default tenant
 *     (docs/tenants.md). Added with tenants (optional).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RawWebhookEnvelope(
    int schemaVersion,
    String dedupKey,
    String event,
    String meetingId,
    String meetingUuid,
    Instant receivedAt,
    long requestTimestamp,
    String zoomRequestId,
    String body,
    String tenant) {

  /** This message, stamped with {@code tenant}. */
  public RawWebhookEnvelope withTenant(String tenant) {
    return new RawWebhookEnvelope(
        schemaVersion,
        dedupKey,
        event,
        meetingId,
        meetingUuid,
        receivedAt,
        requestTimestamp,
        zoomRequestId,
        body,
        tenant);
  }

  public static final int SCHEMA_VERSION = 1;

  /** The Kafka key: the instance uuid, else a stable key so per-meeting order still holds. */
  public String partitionKey() {
    return partitionKey(meetingUuid, meetingId, event);
  }

  public static String partitionKey(String meetingUuid, String meetingId, String event) {
    if (meetingUuid != null && !meetingUuid.isBlank()) {
      return meetingUuid;
    }
    if (meetingId != null && !meetingId.isBlank()) {
      return "meeting:" + meetingId;
    }
    return "event:" + event;
  }
}
