package io.rollcall.attendance.domain;

/**
 * One person's time in one room of a meeting instance: the main session or one breakout room.
 *
 * @param breakoutRoomUuid Zoom's {@code breakout_room_uuid}; null for the main session
 * @param attendedSeconds length of the union of the person's sessions in that room, in seconds
 */
public record RoomTime(String breakoutRoomUuid, long attendedSeconds) {

  /** True for the main session. */
  public boolean main() {
    return breakoutRoomUuid == null;
  }
}
