package io.rollcall.identity.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rollcall.identity.repository.entity.InstanceVersionEntity;
import io.rollcall.support.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The version of each meeting instance's resolution state (table {@code instance_version}): bumped
 * in every transaction that changes the instance, so that a cached copy can tell whether it is
 * still the latest committed state.
 */
@ApplicationScoped
public class InstanceVersions implements PanacheRepositoryBase<InstanceVersionEntity, String> {

  /**
   * Increments the instance's version in the caller's transaction (creating it at 1) and locks its
   * row until the transaction ends.
   *
   * @return the new version; the committed state before this transaction is {@code version - 1}
   */
  public long bump(String instanceUuid, String meetingId) {
    return bumpAll(Map.of(instanceUuid, meetingId)).get(instanceUuid);
  }

  /**
   * {@link #bump}s every instance (key: instance uuid, value: its meeting id) in one statement.
   * Callers hold the meetings' locks, so the order in which the rows are locked does not matter.
   * SQL: an upsert that returns the new versions, one round trip per batch.
   *
   * @return the new version of each instance
   */
  public Map<String, Long> bumpAll(Map<String, String> meetingByInstance) {
    Map<String, Long> result = new HashMap<>();
    if (meetingByInstance.isEmpty()) {
      return result;
    }
    String[] instances = meetingByInstance.keySet().toArray(new String[0]);
    String[] meetings = new String[instances.length];
    for (int i = 0; i < instances.length; i++) {
      meetings[i] = meetingByInstance.get(instances[i]);
    }
    NativeSql.<Object[]>query(
            getEntityManager(),
            "INSERT INTO instance_version (instance_uuid, meeting_id, version)"
                + " SELECT u, m, 1 FROM unnest(?::text[], ?::text[]) AS t(u, m)"
                + " ON CONFLICT (instance_uuid) DO UPDATE"
                + " SET version = instance_version.version + 1 RETURNING instance_uuid, version",
            instances,
            meetings)
        .forEach(row -> result.put((String) row[0], ((Number) row[1]).longValue()));
    return result;
  }

  /** The meeting's instances that have participant events, in uuid order. */
  public List<String> ofMeeting(String meetingId) {
    return getEntityManager()
        .createQuery(
            "select v.instanceUuid from InstanceVersionEntity v where v.meetingId = :meeting"
                + " order by v.instanceUuid",
            String.class)
        .setParameter("meeting", meetingId)
        .getResultList();
  }
}
