package io.rollcall.meeting.rest;

import io.rollcall.meeting.domain.IdentitySettings;
import io.rollcall.meeting.domain.Meeting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A scheduled meeting. {@code settings} are the ones Zoom applied; {@code adjusted_by_zoom} lists
 * requested settings Zoom did not honour (e.g. a waiting room the account policy forces on).
 */
public record MeetingView(
    String meetingId,
    String host,
    String hostId,
    String hostEmail,
    String topic,
    int type,
    Instant startTime,
    Integer duration,
    String timezone,
    Settings settings,
    List<String> adjustedByZoom) {

  /** Identity-relevant settings as Zoom applied them. */
  public record Settings(
      boolean registrationRequired,
      int approvalType,
      boolean meetingAuthentication,
      boolean waitingRoom,
      boolean joinBeforeHost,
      boolean allowMultipleDevices) {}

  public static MeetingView of(Meeting m, IdentitySettings requested) {
    List<String> adjusted = new ArrayList<>();
    if (requested != null) {
      differs(
          adjusted,
          "meeting_authentication",
          requested.meetingAuthentication(),
          m.meetingAuthentication());
      differs(adjusted, "waiting_room", requested.waitingRoom(), m.waitingRoom());
      differs(adjusted, "join_before_host", requested.joinBeforeHost(), m.joinBeforeHost());
      differs(
          adjusted,
          "allow_multiple_devices",
          requested.allowMultipleDevices(),
          m.allowMultipleDevices());
      if (!m.registrationRequired()) {
        adjusted.add("registration_required");
      }
    }
    return new MeetingView(
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
            m.registrationRequired(),
            m.registrationRequired() ? 0 : 2,
            m.meetingAuthentication(),
            m.waitingRoom(),
            m.joinBeforeHost(),
            m.allowMultipleDevices()),
        adjusted);
  }

  private static void differs(List<String> out, String name, Boolean requested, boolean applied) {
    if (requested != null && requested != applied) {
      out.add(name);
    }
  }
}
