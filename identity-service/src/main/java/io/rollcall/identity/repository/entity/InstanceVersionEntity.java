package io.rollcall.identity.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of {@code instance_version} (schema: Flyway V3): the version of one meeting instance's
 * resolution state, bumped by every transaction that changes it; a cached copy is current only if
 * it carries this version.
 */
@Entity
@Table(name = "instance_version")
public class InstanceVersionEntity {
  @Id
  @Column(name = "instance_uuid")
  public String instanceUuid;

  @Column(name = "meeting_id", nullable = false)
  public String meetingId;

  @Column(name = "version", nullable = false)
  public long version;
}
