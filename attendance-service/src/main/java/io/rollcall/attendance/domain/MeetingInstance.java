package io.rollcall.attendance.domain;

import java.time.Instant;

/**
 * One occurrence of a meeting (recurring meetings have many).
 *
 * @param instanceUuid Zoom's meeting instance uuid
 * @param meetingId Zoom meeting number
 * @param topic the meeting's topic, when a lifecycle event reported it
 * @param startedAt from meeting.started (or meeting.ended's start time)
 * @param endedAt from meeting.ended; null while live
 * @param firstSeenAt the earliest event time seen for the instance
 */
public record MeetingInstance(
    String instanceUuid,
    String meetingId,
    String topic,
    Instant startedAt,
    Instant endedAt,
    Instant firstSeenAt) {

  public boolean live() {
    return endedAt == null;
  }
}
