package io.rollcall.simulator.domain;

/** How someone comes into a meeting. */
public enum Via {
  /** The registrant's own join_url (its tk token). */
  REGISTRANT_LINK,
  /** The generic join_url while signed in to Zoom. */
  ZOOM_USER,
  /** The generic join_url, signed out. */
  GUEST,
  /** PSTN dial-in, optionally identified by a registrant's participant_pin_code. */
  PHONE,
  /** The Meeting SDK, with a customerKey (and optionally a tk). */
  SDK,
  /** The host's start_url (carries a ZAK). */
  START_URL,
  /** A webinar panelist's own join_url (its tk token). */
  PANELIST_LINK
}
