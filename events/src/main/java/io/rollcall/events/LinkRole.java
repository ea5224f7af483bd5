package io.rollcall.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Who a link (and so a resolved connection) belongs to.
 *
 * <p>{@link #ATTENDEE} and {@link #PANELIST} are a webinar's people (added with webinars: consumers
 * that do not know them may treat them as {@link #INVITEE}). A webinar's attendee is a Zoom webinar
 * registrant ({@code POST /webinars/{webinarId}/registrants}); a panelist is added with {@code POST
 * /webinars/{webinarId}/panelists} and gets a join link of their own.
 */
public enum LinkRole {
  /** A meeting's registrant. */
  @JsonProperty("invitee")
  INVITEE,
  /** The meeting's or webinar's host. */
  @JsonProperty("host")
  HOST,
  /** A webinar's registrant. */
  @JsonProperty("attendee")
  ATTENDEE,
  /** A webinar's panelist. */
  @JsonProperty("panelist")
  PANELIST;

  /** A person invited by the caller (not the host): an invitee, attendee or panelist. */
  public boolean invited() {
    return this != HOST;
  }
}
