package io.rollcall.attendance.rest;

import io.rollcall.attendance.service.InvalidParameterException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Checks of path and query parameters; a bad one is a 400 with the reason. */
final class Params {

  private static final Pattern MEETING_ID = Pattern.compile("[0-9]{1,20}");
  private static final int MAX_TEXT = 200;

  private Params() {}

  static String meetingId(String value) {
    if (value == null || !MEETING_ID.matcher(value).matches()) {
      throw new InvalidParameterException("meeting_id must be a Zoom meeting number (digits)");
    }
    return value;
  }

  /** Null when absent; present but empty or absurdly long is an error. */
  static String optionalText(String name, String value) {
    if (value == null) {
      return null;
    }
    return text(name, value);
  }

  static String text(String name, String value) {
    if (value == null || value.isBlank() || value.length() > MAX_TEXT) {
      throw new InvalidParameterException(
          name + " must be a non-empty value of at most " + MAX_TEXT + " characters");
    }
    return value;
  }

  /** An ISO-8601 instant ({@code 2026-09-14T15:00:00Z}) or date (midnight UTC); null if absent. */
  static Instant time(String name, String value) {
    if (value == null) {
      return null;
    }
    try {
      return value.length() == 10
          ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(
          name + " must be an ISO-8601 instant or date, e.g. 2026-09-14T15:00:00Z or 2026-09-14");
    }
  }
}
