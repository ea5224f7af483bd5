package io.rollcall.simulator.service;

import io.rollcall.simulator.domain.Connection;
import io.rollcall.simulator.domain.ParticipantFields;
import io.rollcall.simulator.domain.ZoomTime;

/**
 * A connection as the control API shows it: the person handle plus what Zoom shows of them; {@code
 * breakout_room_uuid} and {@code parent_user_id} in a breakout room, {@code bind_user_id} for a
 * bound phone leg.
 */
public record ConnectionView(
    String person,
    String status,
    String role,
    String instanceUuid,
    String userId,
    String participantUuid,
    String userName,
    String id,
    String email,
    String registrantId,
    String customerKey,
    String phoneNumber,
    String joinTime,
    String leaveTime,
    String leaveReason,
    String breakoutRoomUuid,
    String parentUserId,
    String bindUserId) {

  static ConnectionView of(Connection c, String instanceUuid) {
    ParticipantFields f = c.fields();
    return new ConnectionView(
        c.person(),
        c.status().name().toLowerCase(),
        c.role(),
        instanceUuid,
        f.userId(),
        f.participantUuid(),
        f.userName(),
        f.id(),
        f.email(),
        f.registrantId(),
        f.customerKey(),
        f.phoneNumber(),
        c.joinTime() == null ? null : ZoomTime.format(c.joinTime()),
        c.leaveTime() == null ? null : ZoomTime.format(c.leaveTime()),
        c.leaveReason(),
        c.breakoutRoomUuid(),
        c.parentUserId(),
        c.boundTo() == null ? null : c.boundTo().fields().userId());
  }
}
