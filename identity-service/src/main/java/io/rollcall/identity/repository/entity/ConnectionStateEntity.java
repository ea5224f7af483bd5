package io.rollcall.identity.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A row of {@code connection_state} (schema: Flyway V1): what consumers were last told about one
 * connection, so that a change is published with the next revision and nothing else is.
 */
@Entity
@Table(name = "connection_state")
@IdClass(ConnectionStateEntity.Key.class)
public class ConnectionStateEntity {
  /** The primary key (instance uuid, connection id). */
  public record Key(String instanceUuid, String connectionId) implements Serializable {}

  @Id
  @Column(name = "instance_uuid")
  public String instanceUuid;

  @Id
  @Column(name = "connection_id")
  public String connectionId;

  @Column(name = "meeting_id", nullable = false)
  public String meetingId;

  /** The revision last published for the connection. */
  @Column(name = "revision", nullable = false)
  public int revision;

  /** The resolution last published, as JSON. */
  @Column(name = "resolution_json", nullable = false)
  public String resolutionJson;
}
