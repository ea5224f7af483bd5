package io.rollcall.meeting.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * {@code POST /meetings}. The identity-relevant settings are explicit: when the caller leaves one
 * out, Rollcall's default is used and echoed back, never Zoom's account default.
 *
 * @param host the host's Zoom user id or email
 * @param recurrence Zoom's recurrence object, passed through; makes the meeting type 8
 */
public record ScheduleRequest(
    String host,
    String topic,
    String startTime,
    Integer duration,
    String timezone,
    JsonNode recurrence,
    IdentitySettings settings) {

  /** The requested settings, with Rollcall's defaults filled in. */
  public IdentitySettings effectiveSettings() {
    return IdentitySettings.withDefaults(settings);
  }

  public boolean recurring() {
    return recurrence != null && !recurrence.isNull();
  }

  public void validate() {
    Errors errors = new Errors();
    errors.text("host", host, 128);
    errors.text("topic", topic, 200);
    errors.require(
        startTime != null && parses(startTime),
        "start_time must be an ISO-8601 date-time with offset, e.g. 2026-09-14T15:00:00Z");
    errors.require(
        duration != null && duration > 0 && duration <= 24 * 60,
        "duration must be 1..1440 minutes");
    errors.require(
        timezone == null || validZone(timezone),
        "timezone must be an IANA zone id such as Europe/Paris");
    errors.require(
        recurrence == null || recurrence.isNull() || recurrence.isObject(),
        "recurrence must be Zoom's recurrence object");
    errors.throwIfAny();
  }

  private static boolean parses(String value) {
    try {
      OffsetDateTime.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean validZone(String zone) {
    try {
      ZoneId.of(zone);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
