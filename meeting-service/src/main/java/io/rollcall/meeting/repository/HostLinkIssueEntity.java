package io.rollcall.meeting.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code host_link_issue}: the fact that a host start link was issued (the link itself is
 * never stored).
 */
@Entity
@Table(name = "host_link_issue")
public class HostLinkIssueEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "meeting_id", nullable = false)
  public String meetingId;

  @Column(name = "issued_at", nullable = false)
  public Instant issuedAt;

  @Column(name = "expires_at", nullable = false)
  public Instant expiresAt;

  /** The tenant (Zoom account id) of the meeting. */
  @Column(nullable = false)
  public String tenant;
}
