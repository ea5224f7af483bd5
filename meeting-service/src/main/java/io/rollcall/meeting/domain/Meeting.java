package io.rollcall.meeting.domain;

import io.rollcall.events.MeetingInfo;
import java.time.Instant;

/** A meeting as stored: what Zoom created and the settings it applied. */
public record Meeting(
    String meetingId,
    String hostRef,
    String hostId,
    String hostEmail,
    String topic,
    int type,
    Instant startTime,
    String timezone,
    Integer duration,
    boolean registrationRequired,
    boolean meetingAuthentication,
    boolean waitingRoom,
    boolean joinBeforeHost,
    boolean allowMultipleDevices,
    Instant createdAt) {

  public MeetingInfo info() {
    return new MeetingInfo(
        meetingId,
        hostId,
        hostEmail,
        topic,
        type,
        startTime,
        registrationRequired,
        meetingAuthentication,
        waitingRoom,
        joinBeforeHost,
        allowMultipleDevices);
  }

  /** Whether {@code claimed} names this meeting's host (the ref given, the Zoom id or email). */
  public boolean isHost(String claimed) {
    return claimed != null
        && (claimed.equals(hostRef)
            || claimed.equals(hostId)
            || (hostEmail != null && claimed.equalsIgnoreCase(hostEmail)));
  }
}
