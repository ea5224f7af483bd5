package io.rollcall.identity.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rollcall.identity.repository.entity.ProcessedMessageEntity;
import io.rollcall.support.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ids of consumed messages whose effect is committed. Recorded in the transaction of the effect, so
 * a redelivered message is recognised and skipped.
 */
@ApplicationScoped
public class ProcessedMessages implements PanacheRepositoryBase<ProcessedMessageEntity, String> {

  /** Records the id; false when it was already recorded (a duplicate). */
  public boolean firstTime(String id) {
    return !firstTimes(List.of(id)).isEmpty();
  }

  /**
   * Records the ids in one statement (one round trip per batch, not per message).
   *
   * @return the ids that were not recorded before
   */
  public Set<String> firstTimes(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        NativeSql.<String>query(
            getEntityManager(),
            "INSERT INTO processed_message (id) SELECT unnest(?::text[])"
                + " ON CONFLICT (id) DO NOTHING RETURNING id",
            (Object) ids.toArray(new String[0])));
  }
}
