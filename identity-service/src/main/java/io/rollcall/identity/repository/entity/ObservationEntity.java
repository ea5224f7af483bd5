package io.rollcall.identity.repository.entity;

import io.rollcall.events.ParticipantAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code observation} (schema: Flyway V1): one participant event as Zoom reported it; an
 * instance's resolution state is rebuilt from its observations.
 */
@Entity
@Table(name = "observation")
public class ObservationEntity {
  /** The event's dedup key for this participant. */
  @Id
  @Column(name = "source_key")
  public String sourceKey;

  @Column(name = "instance_uuid", nullable = false)
  public String instanceUuid;

  @Column(name = "meeting_id", nullable = false)
  public String meetingId;

  @Column(name = "connection_id", nullable = false)
  public String connectionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false)
  public ParticipantAction action;

  /** Zoom's event time (UTC). */
  @Column(name = "occurred_at")
  public Instant occurredAt;

  /** Zoom's {@code participant} object as JSON. */
  @Column(name = "participant_json", nullable = false)
  public String participantJson;
}
