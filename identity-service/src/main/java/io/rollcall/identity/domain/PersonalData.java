package io.rollcall.identity.domain;

import io.rollcall.events.ZoomParticipant;

/**
 * What of a Zoom participant describes the person rather than the connection: the display name,
 * email, phone number, registrant id and customer key. An erased person's connections keep their
 * ids and timing, and nothing of these.
 */
public final class PersonalData {
  private PersonalData() {}

  /** {@code participant} without its personal fields; the connection's ids stay. */
  public static ZoomParticipant strip(ZoomParticipant participant) {
    if (participant == null) {
      return null;
    }
    return new ZoomParticipant(
        participant.userId(),
        participant.participantUuid(),
        null,
        null,
        participant.zoomUserId(),
        null,
        null,
        null,
        participant.parentUserId(),
        participant.breakoutRoomUuid(),
        participant.bindUserId(),
        participant.bindParticipantUuid());
  }
}
