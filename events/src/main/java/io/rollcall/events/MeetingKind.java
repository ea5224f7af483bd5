package io.rollcall.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether a Zoom meeting number is a meeting or a webinar. Zoom gives both numbers from one space
 * and sends each its own webhook family: {@code meeting.*} for meetings, {@code webinar.*} for
 * webinars (Zoom's webhook reference, "Webinars" events; Rivet's {@code
 * WebinarParticipantJoinedEvent}). Rollcall treats a webinar instance like a meeting instance.
 *
 * <p>On the wire, absent means {@link #MEETING}: messages written before webinars existed carry no
 * kind.
 */
public enum MeetingKind {
  @JsonProperty("meeting")
  MEETING,
  @JsonProperty("webinar")
  WEBINAR;

  /** The prefix of Zoom's webhook names of this kind, e.g. {@code webinar.}. */
  public String zoomEventPrefix() {
    return this == WEBINAR ? "webinar." : "meeting.";
  }

  /** The kind a Zoom event name belongs to: {@code webinar.*} → webinar, anything else meeting. */
  public static MeetingKind ofZoomEvent(String zoomEvent) {
    return zoomEvent != null && zoomEvent.startsWith("webinar.") ? WEBINAR : MEETING;
  }

  /** Null (as on old messages) reads as {@link #MEETING}. */
  public static MeetingKind orMeeting(MeetingKind kind) {
    return kind == null ? MEETING : kind;
  }
}
