package io.rollcall.attendance.domain;

import java.time.Instant;

/**
 * One connection's stay in the meeting as shown to users.
 *
 * @param connectionId the connection
 * @param joinedAt when it joined
 * @param leftAt when it left, or when the meeting ended; null while still connected
 * @param leaveReason Zoom's reason, {@link #MEETING_ENDED} when closed by the meeting's end
 * @param breakoutRoomUuid the breakout room the connection was in; null for the main session
 */
public record Session(
    String connectionId,
    Instant joinedAt,
    Instant leftAt,
    String leaveReason,
    String breakoutRoomUuid) {

  public static final String MEETING_ENDED = "meeting ended";

  /** A session in the main session. */
  public Session(String connectionId, Instant joinedAt, Instant leftAt, String leaveReason) {
    this(connectionId, joinedAt, leftAt, leaveReason, null);
  }
}
