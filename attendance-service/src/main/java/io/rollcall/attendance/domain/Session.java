package io.rollcall.attendance.domain;

import io.rollcall.events.Flag;
import java.time.Instant;
import java.util.List;

/**
 * One connection's stay in the meeting as shown to users.
 *
 * @param connectionId the connection
 * @param joinedAt when it joined
 * @param leftAt when it left, or when the meeting ended; null while still connected
 * @param leaveReason Zoom's reason, {@link #MEETING_ENDED} when closed by the meeting's end
 * @param breakoutRoomUuid the breakout room the connection was in; null for the main session
 * @param flags the connection's flags, in the contract's order: identity-service's, plus {@code
 *     from_report} (the session is known only from Zoom's participants report) or {@code
 *     leave_from_report} (its leave time is the report's)
 * @param reportedName the display name Zoom reported for the connection (never proof of who it was;
 *     shown so that a person can check a flag such as {@code name_mismatch}); null when none
 */
public record Session(
    String connectionId,
    Instant joinedAt,
    Instant leftAt,
    String leaveReason,
    String breakoutRoomUuid,
    List<Flag> flags,
    String reportedName) {

  public static final String MEETING_ENDED = "meeting ended";

  public Session {
    flags = flags == null ? List.of() : List.copyOf(flags);
  }

  /** A session whose reported name is not shown. */
  public Session(
      String connectionId,
      Instant joinedAt,
      Instant leftAt,
      String leaveReason,
      String breakoutRoomUuid,
      List<Flag> flags) {
    this(connectionId, joinedAt, leftAt, leaveReason, breakoutRoomUuid, flags, null);
  }

  /** A session without flags. */
  public Session(
      String connectionId,
      Instant joinedAt,
      Instant leftAt,
      String leaveReason,
      String breakoutRoomUuid) {
    this(connectionId, joinedAt, leftAt, leaveReason, breakoutRoomUuid, List.of());
  }

  /** A session in the main session. */
  public Session(String connectionId, Instant joinedAt, Instant leftAt, String leaveReason) {
    this(connectionId, joinedAt, leftAt, leaveReason, null, List.of());
  }
}
