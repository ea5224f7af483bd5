package io.rollcall.simulator.service;

import io.rollcall.simulator.domain.Connection;
import io.rollcall.simulator.domain.ParticipantFields;
import io.rollcall.simulator.domain.ZoomTime;

/** A connection as the control API shows it: the person handle plus what Zoom shows of them. */
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
    String leaveReason) {

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
        c.leaveReason());
  }
}
