package io.rollcall.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Misuse and anomaly flags: reported, never silently "fixed". */
public enum Flag {
  /**
   * One invitee's link used by two overlapping connections whose names differ materially; or,
   * whatever the times, a link used under its owner's name and under a materially different one
   * (the latter is then not the owner: see {@link Identity#viaLinkOf()}).
   */
  @JsonProperty("shared_link")
  SHARED_LINK,
  /** The same invitee on overlapping connections with the same name (informational). */
  @JsonProperty("multiple_devices")
  MULTIPLE_DEVICES,
  /**
   * Two overlapping connections claim the host's identity (start link or ZAK used by another); or
   * the start link was used under the host's name and under a materially different one (the latter
   * is then not the host: see {@link Identity#viaLinkOf()}).
   */
  @JsonProperty("host_link_shared")
  HOST_LINK_SHARED,
  /**
   * A registrant or customer-key match whose display name has nothing in common with the registered
   * name; also set on a connection split off someone else's link.
   */
  @JsonProperty("name_mismatch")
  NAME_MISMATCH,
  /** A join through a link revoked before the join. */
  @JsonProperty("revoked_link")
  REVOKED_LINK,
  /** An unresolved participant in a meeting that requires registration. */
  @JsonProperty("uninvited")
  UNINVITED,
  /** The display name matches several invitees; left unresolved rather than guessed. */
  @JsonProperty("ambiguous_name")
  AMBIGUOUS_NAME,
  /** The event names a registrant id or customer key the registry does not know yet. */
  @JsonProperty("pending_link")
  PENDING_LINK,
  /** Two pieces of evidence point at different people; the stronger decided. */
  @JsonProperty("evidence_conflict")
  EVIDENCE_CONFLICT,
  /**
   * Set by attendance-service: the session was added from Zoom's participants report; no webhook of
   * its join arrived (Zoom gave up on it, or it never came).
   */
  @JsonProperty("from_report")
  FROM_REPORT,
  /**
   * Set by attendance-service: the session's leave time is the report's, because no webhook of its
   * leave arrived (the session was still open, or closed only by {@code meeting.ended}).
   */
  @JsonProperty("leave_from_report")
  LEAVE_FROM_REPORT
}
