package io.rollcall.identity.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import javax.sql.DataSource;

/**
 * The version of each meeting instance's resolution state (table {@code instance_version}): bumped
 * in every transaction that changes the instance, so that a cached copy can tell whether it is
 * still the latest committed state.
 */
@ApplicationScoped
public class InstanceVersions {
  private final Jdbc jdbc;

  public InstanceVersions(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  /**
   * Increments the instance's version in the caller's transaction (creating it at 1) and locks its
   * row until the transaction ends.
   *
   * @return the new version; the committed state before this transaction is {@code version - 1}
   */
  public long bump(String instanceUuid, String meetingId) {
    return jdbc.query(
            "INSERT INTO instance_version (instance_uuid, meeting_id, version) VALUES (?, ?, 1)"
                + " ON CONFLICT (instance_uuid) DO UPDATE"
                + " SET version = instance_version.version + 1 RETURNING version",
            row -> row.getLong(1),
            instanceUuid,
            meetingId)
        .get(0);
  }

  /** The meeting's instances that have participant events, in uuid order. */
  public List<String> ofMeeting(String meetingId) {
    return jdbc.query(
        "SELECT instance_uuid FROM instance_version WHERE meeting_id = ? ORDER BY 1",
        row -> row.getString(1),
        meetingId);
  }
}
