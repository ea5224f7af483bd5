package io.rollcall.identity.repository.entity;

import io.rollcall.events.LinkRole;
import io.rollcall.events.LinkStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code link} (schema: Flyway V1): the latest state of one issued join link, as published
 * by meeting-service on {@code rollcall.links.v1}. Its field names are those of {@link
 * io.rollcall.identity.domain.RegistryLink}, so queries project rows straight into it.
 */
@Entity
@Table(name = "link")
public class LinkEntity {
  @Id
  @Column(name = "link_id")
  public String linkId;

  /** Zoom meeting number. */
  @Column(name = "meeting_id", nullable = false)
  public String meetingId;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  public LinkRole role;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  public LinkStatus status;

  @Column(name = "invitee_ref")
  public String inviteeRef;

  /** Zoom's {@code registrant_id}; null when the link is not a registrant link. */
  @Column(name = "registrant_id")
  public String registrantId;

  /** The Meeting SDK {@code customerKey}. */
  @Column(name = "customer_key")
  public String customerKey;

  @Column(name = "email")
  public String email;

  @Column(name = "first_name")
  public String firstName;

  @Column(name = "last_name")
  public String lastName;

  /** The host's Zoom user id (host links). */
  @Column(name = "zoom_user_id")
  public String zoomUserId;

  /** The meeting's settings ({@code MeetingInfo} as JSON), when the link event carried them. */
  @Column(name = "meeting_json")
  public String meetingJson;

  /** When the link reached this state (UTC); the latest state wins. */
  @Column(name = "occurred_at")
  public Instant occurredAt;

  /** The Zoom account ({@code account_id}) the link belongs to (Flyway V6). */
  @Column(name = "tenant", nullable = false)
  public String tenant;

  /** The link event that set this state. */
  @Column(name = "event_id", nullable = false)
  public String eventId;
}
