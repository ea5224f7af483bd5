package io.rollcall.meeting.repository;

import io.rollcall.events.LinkRole;
import io.rollcall.events.LinkStatus;
import io.rollcall.meeting.domain.Link;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code link}: one invitee's link to one meeting ({@link Link} as stored). Unique per
 * (meeting, invitee ref) and per (meeting, lower(email)).
 */
@Entity
@Table(name = "link")
public class LinkEntity {
  @Id
  @Column(name = "link_id")
  public String linkId;

  @Column(name = "meeting_id", nullable = false)
  public String meetingId;

  @Column(name = "invitee_ref", nullable = false)
  public String inviteeRef;

  @Column(nullable = false)
  public String email;

  @Column(name = "first_name")
  public String firstName;

  @Column(name = "last_name")
  public String lastName;

  @Column(name = "registrant_id", nullable = false)
  public String registrantId;

  @Column(name = "join_url", nullable = false)
  public String joinUrl;

  @Column(name = "customer_key", nullable = false, unique = true)
  public String customerKey;

  @Column(name = "tracked_token", unique = true)
  public String trackedToken;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public LinkStatus status;

  @Column(name = "issued_at", nullable = false)
  public Instant issuedAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  /** Invitee, attendee or panelist. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public LinkRole role;

  /** Zoom's panelist id (panelists only). */
  @Column(name = "panelist_id")
  public String panelistId;

  /** The tenant (Zoom account id) of its meeting. */
  @Column(nullable = false)
  public String tenant;

  /** The link this row stores. */
  Link toLink() {
    return new Link(
        linkId,
        meetingId,
        inviteeRef,
        email,
        firstName,
        lastName,
        registrantId,
        joinUrl,
        customerKey,
        trackedToken,
        status,
        issuedAt,
        revokedAt,
        role,
        panelistId,
        tenant);
  }
}
