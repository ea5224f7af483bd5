package io.rollcall.identity.repository;

import io.rollcall.identity.domain.ErasedRefs;
import io.rollcall.support.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

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
