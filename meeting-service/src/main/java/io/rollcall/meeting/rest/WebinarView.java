package io.rollcall.meeting.rest;

import io.rollcall.meeting.domain.Meeting;
import java.time.Instant;

/**
 * A webinar scheduled through Rollcall, as Zoom applied it.
 *
 * @param webinarId Zoom's webinar number, as a string
 * @param host the {@code host} value given when scheduling (the host's ref in attendance answers)
 * @param type Zoom's webinar type: 5 (webinar), 9 (recurring with a fixed time)
 * @param duration minutes
 */
public record WebinarView(
    String webinarId,
    String host,
    String hostId,
    String hostEmail,
    String topic,
    int type,
    Instant startTime,
    Integer duration,
    String timezone,
    Settings settings) {

  /** Identity-relevant settings as Zoom applied them. */
  public record Settings(
      boolean registrationRequired, int approvalType, boolean meetingAuthentication) {}

  public static WebinarView of(Meeting m) {
    return new WebinarView(
        m.meetingId(),
        m.hostRef(),
        m.hostId(),
        m.hostEmail(),
        m.topic(),
        m.type(),
        m.startTime(),
        m.duration(),
        m.timezone(),
        new Settings(
            m.registrationRequired(), m.registrationRequired() ? 0 : 2, m.meetingAuthentication()));
  }
}
