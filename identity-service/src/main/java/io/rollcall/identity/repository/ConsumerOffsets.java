package io.rollcall.identity.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rollcall.identity.repository.entity.ConsumerOffsetEntity;
import io.rollcall.support.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.OptionalLong;

/**
 * Consumed positions (table {@code consumer_offset}) stored in the same transaction as the state
 * they produced, so that a registry rebuilt from its topic resumes exactly after what it holds.
 */
@ApplicationScoped
public class ConsumerOffsets
    implements PanacheRepositoryBase<ConsumerOffsetEntity, ConsumerOffsetEntity.Key> {

  /**
   * Moves the partition's next offset forward to {@code nextOffset} (never back).
   *
   * <p>SQL: {@code ON CONFLICT … GREATEST} is one atomic round trip per link message, where
   * find-then-persist would take two and race a second replica during a rebalance.
   */
  public void advance(String topic, int partition, long nextOffset) {
    NativeSql.update(
        getEntityManager(),
        "INSERT INTO consumer_offset (topic, partition, next_offset) VALUES (?, ?, ?)"
            + " ON CONFLICT (topic, partition) DO UPDATE SET next_offset ="
            + " GREATEST(consumer_offset.next_offset, EXCLUDED.next_offset)",
        topic,
        partition,
        nextOffset);
  }

  /** The next offset to consume of the partition; empty when nothing was stored yet. */
  @Transactional
  public OptionalLong next(String topic, int partition) {
    return findByIdOptional(new ConsumerOffsetEntity.Key(topic, partition))
        .map(row -> OptionalLong.of(row.nextOffset))
        .orElse(OptionalLong.empty());
  }
}
