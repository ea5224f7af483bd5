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

  /** Which meeting and tenant an instance belongs to, for {@link #bumpAll}. */
  public record Owner(String meetingId, String tenant) {}

  /**
   * An instance's version after a bump, and the tenant it belongs to: the tenant of the first
   * message that created it (meeting ids are global, so an instance has one tenant).
   */
  public record Bumped(long version, String tenant) {}

  /**
   * Increments the version of every instance (key: instance uuid) in the caller's transaction,
   * creating it at 1 with its owner's meeting and tenant, and locks its rows until the transaction
   * ends. An existing instance keeps the tenant it was created with. Callers hold the meetings'
   * locks, so the order in which the rows are locked does not matter. SQL: an upsert that returns
   * the new versions, one round trip per batch.
   *
   * @return the new version and the tenant of each instance; the committed state before this
   *     transaction is {@code version - 1}
   */
  public Map<String, Bumped> bumpAll(Map<String, Owner> byInstance) {
    Map<String, Bumped> result = new HashMap<>();
    if (byInstance.isEmpty()) {
      return result;
    }
    String[] instances = byInstance.keySet().toArray(new String[0]);
    String[] meetings = new String[instances.length];
    String[] tenants = new String[instances.length];
    for (int i = 0; i < instances.length; i++) {
      meetings[i] = byInstance.get(instances[i]).meetingId();
      tenants[i] = byInstance.get(instances[i]).tenant();
    }
    NativeSql.<Object[]>query(
            getEntityManager(),
            "INSERT INTO instance_version (instance_uuid, meeting_id, version, tenant)"
                + " SELECT u, m, 1, t FROM unnest(?::text[], ?::text[], ?::text[]) AS x(u, m, t)"
                + " ON CONFLICT (instance_uuid) DO UPDATE"
                + " SET version = instance_version.version + 1"
                + " RETURNING instance_uuid, version, tenant",
            instances,
            meetings,
            tenants)
        .forEach(
            row ->
                result.put(
                    (String) row[0], new Bumped(((Number) row[1]).longValue(), (String) row[2])));
    return result;
  }

  /** The meeting and tenant of each of these instances that exists (key: instance uuid). */
  public Map<String, Owner> ownersOf(java.util.Collection<String> instanceUuids) {
    Map<String, Owner> result = new HashMap<>();
    if (instanceUuids.isEmpty()) {
      return result;
    }
    NativeSql.<Object[]>query(
            getEntityManager(),
            "SELECT instance_uuid, meeting_id, tenant FROM instance_version"
                + " WHERE instance_uuid = ANY(?::text[])",
            (Object) instanceUuids.toArray(new String[0]))
        .forEach(row -> result.put((String) row[0], new Owner((String) row[1], (String) row[2])));
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
