package io.rollcall.meeting.repository;

import java.sql.Timestamp;
import java.time.Instant;

final class Jdbc {
  private Jdbc() {}

  static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
