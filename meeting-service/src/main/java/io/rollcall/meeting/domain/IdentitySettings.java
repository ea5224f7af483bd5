package io.rollcall.meeting.domain;

/**
 * The meeting settings that decide whether a participant can be traced to an invitee. Rollcall's
 * defaults: waiting room on (so nobody slips in before the host), no join before host, one device
 * per registrant link (a forwarded link then shows up), no Zoom-account authentication required.
 */
public record IdentitySettings(
    Boolean meetingAuthentication,
    Boolean waitingRoom,
    Boolean joinBeforeHost,
    Boolean allowMultipleDevices) {

  public static IdentitySettings withDefaults(IdentitySettings given) {
    IdentitySettings s = given == null ? new IdentitySettings(null, null, null, null) : given;
    return new IdentitySettings(
        s.meetingAuthentication() != null ? s.meetingAuthentication() : false,
        s.waitingRoom() != null ? s.waitingRoom() : true,
        s.joinBeforeHost() != null ? s.joinBeforeHost() : false,
        s.allowMultipleDevices() != null ? s.allowMultipleDevices() : false);
  }
}
