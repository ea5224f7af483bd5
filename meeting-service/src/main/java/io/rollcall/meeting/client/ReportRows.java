package io.rollcall.meeting.client;

import io.rollcall.events.ReportParticipant;
import io.rollcall.events.ZoomParticipant;
import io.rollcall.meeting.client.ZoomRestClient.ReportRow;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A row of Zoom's participants report as the {@link ReportParticipant} meeting-service publishes:
 * Zoom's empty strings become null; {@code participant_user_id} (else the deprecated {@code id}) is
 * the {@code zoom_user_id}, {@code name} the {@code user_name}, {@code user_email} the {@code
 * email}, {@code bo_mtg_id} the {@code breakout_room_uuid} (ZOOM-FACTS §3.6; docs/events.md).
 */
public final class ReportRows {
  private ReportRows() {}

  /**
   * The event for {@code row} of {@code tenant}'s instance, with its deterministic event id.
   *
   * @throws IllegalArgumentException when a time is not ISO-8601
   */
  public static ReportParticipant toEvent(
      String meetingId, String instanceUuid, String fetchId, ReportRow row, String tenant) {
    String zoomUserId = text(row.participantUserId());
    ZoomParticipant participant =
        new ZoomParticipant(
            text(row.userId()),
            text(row.participantUuid()),
            text(row.name()),
            text(row.userEmail()),
            zoomUserId != null ? zoomUserId : text(row.id()),
            text(row.registrantId()),
            text(row.customerKey()),
            null,
            null,
            text(row.boMtgId()),
            null,
            null);
    return ReportParticipant.of(
        meetingId,
        instanceUuid,
        fetchId,
        participant,
        time(row.joinTime()),
        time(row.leaveTime()),
        row.duration() == null ? 0 : row.duration(),
        text(row.status()),
        Boolean.TRUE.equals(row.failover()),
        tenant);
  }

  private static String text(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private static Instant time(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO-8601 time in Zoom's report: " + value, e);
    }
  }
}
