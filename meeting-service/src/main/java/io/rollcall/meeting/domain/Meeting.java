package io.rollcall.meeting.domain;

import io.rollcall.events.LinkRole;
import io.rollcall.events.MeetingInfo;
import io.rollcall.events.MeetingKind;
import java.time.Instant;

/**
 * A meeting or webinar as stored: what Zoom created and the settings it applied.
 *
 * @param kind meeting or webinar (Zoom numbers both from one space; a webinar's people are
 *     attendees and panelists, its webhooks {@code webinar.*})
 * @param tenant the Zoom account (account_id) it was scheduled for; only its credentials see it
 */
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
    Instant createdAt,
    MeetingKind kind,
    String tenant) {

  public Meeting {
    kind = MeetingKind.orMeeting(kind);
  }

  public boolean webinar() {
    return kind == MeetingKind.WEBINAR;
  }

  /** The role of the people registered for it: invitees of a meeting, attendees of a webinar. */
  public LinkRole registrantRole() {
    return webinar() ? LinkRole.ATTENDEE : LinkRole.INVITEE;
  }

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
