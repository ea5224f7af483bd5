package io.rollcall.identity.repository;

import io.rollcall.identity.domain.ErasedRefs;
import io.rollcall.identity.repository.ConnectionStateRepository.ConnectionRef;
import io.rollcall.support.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The people erased on their tenant's request (table {@code erased_person}, Flyway V7), kept as
 * {@link ErasedRefs#hash} only, so that a link or an assignment of theirs that arrives later (a
 * registry rebuild from the topic, a replay) is not stored again. No JPA entity: two statements.
 */
@ApplicationScoped
public class ErasedPeople {
  private final EntityManager em;

  public ErasedPeople(EntityManager em) {
    this.em = em;
  }

  /** Records that {@code ref} of {@code tenant} is erased (again: nothing changes). */
  public void mark(String tenant, String ref, String erasureId, Instant at) {
    NativeSql.update(
        em,
        "INSERT INTO erased_person (ref_hash, tenant, erasure_id, erased_at) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (ref_hash) DO NOTHING",
        ErasedRefs.hash(tenant, ref),
        tenant,
        erasureId,
        at);
  }

  /** Records the connections of an erased person (again: nothing changes). */
  public void markConnections(Collection<ConnectionRef> connections, String erasureId) {
    if (connections.isEmpty()) {
      return;
    }
    NativeSql.update(
        em,
        "INSERT INTO erased_connection (instance_uuid, connection_id, erasure_id)"
            + " SELECT u, c, ? FROM unnest(?::text[], ?::text[]) AS x(u, c)"
            + " ON CONFLICT DO NOTHING",
        erasureId,
        connections.stream().map(ConnectionRef::instanceUuid).toArray(String[]::new),
        connections.stream().map(ConnectionRef::connectionId).toArray(String[]::new));
  }

  /** Which of these connections (key {@link #key}) belong to an erased person, in one statement. */
  public Set<String> erasedAmong(Collection<String> keys) {
    if (keys.isEmpty()) {
      return Set.of();
    }
    String[] instances = new String[keys.size()];
    String[] connections = new String[keys.size()];
    int i = 0;
    for (String key : keys) {
      int cut = key.indexOf('\u0000');
      instances[i] = key.substring(0, cut);
      connections[i] = key.substring(cut + 1);
      i++;
    }
    Set<String> erased = new HashSet<>();
    NativeSql.<Object[]>query(
            em,
            "SELECT e.instance_uuid, e.connection_id FROM erased_connection e"
                + " JOIN unnest(?::text[], ?::text[]) AS x(u, c)"
                + " ON e.instance_uuid = x.u AND e.connection_id = x.c",
            instances,
            connections)
        .forEach(row -> erased.add(key((String) row[0], (String) row[1])));
    return erased;
  }

  /** The key of a connection in {@link #erasedAmong}. */
  public static String key(String instanceUuid, String connectionId) {
    return instanceUuid + '\u0000' + connectionId;
  }

  /** Whether {@code ref} of {@code tenant} was erased; false for a null ref. */
  public boolean isErased(String tenant, String ref) {
    if (ref == null) {
      return false;
    }
    return !NativeSql.query(
            em, "SELECT 1 FROM erased_person WHERE ref_hash = ?", ErasedRefs.hash(tenant, ref))
        .isEmpty();
  }
}
