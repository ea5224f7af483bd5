package io.rollcall.attendance.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code invitee_link} (schema: Flyway V7): the latest state of one link Rollcall issued,
 * from {@code rollcall.links.v1}. Tells who may be assigned a connection of a meeting.
 */
@Entity
@Table(name = "invitee_link")
public class InviteeLinkEntity {
  /** The link's id, the topic's key ({@code host:<meeting id>} for the host's). */
  @Id
  @Column(name = "link_id")
  public String linkId;

  /** The tenant (Zoom account id) the row belongs to (Flyway V8). */
  @Column(name = "tenant", nullable = false)
  public String tenant;

  @Column(name = "meeting_id", nullable = false)
  public String meetingId;

  /** The invitee ref; for the host, the host value given at scheduling. */
  @Column(name = "ref", nullable = false)
  public String ref;

  /** {@code io.rollcall.events.LinkRole} name. */
  @Column(name = "role", nullable = false)
  public String role;

  /** {@code io.rollcall.events.LinkStatus} name. */
  @Column(name = "status", nullable = false)
  public String status;

  /** The registered name ("First Last"). */
  @Column(name = "name")
  public String name;

  @Column(name = "email")
  public String email;

  /** When the link reached this state (UTC); the latest wins. */
  @Column(name = "occurred_at")
  public Instant occurredAt;

  /** The link event that wrote this state. */
  @Column(name = "event_id", nullable = false)
  public String eventId;
}
