package io.rollcall.identity.repository;

import io.rollcall.support.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;

/**
 * The published rows this service's outbox keeps ({@code rollcall.outbox.retention}) for a look
 * back: they hold copies of what was published, names and emails included.
 */
@ApplicationScoped
public class PublishedMessages {
  private final EntityManager em;

  public PublishedMessages(EntityManager em) {
    this.em = em;
  }

  /**
   * Deletes the published rows of {@code topic} keyed by these instances (an erasure: they may name
   * the person). Unpublished rows stay: the relay still has to send them.
   *
   * @return the rows deleted
   */
  public int deletePublished(String topic, Collection<String> instanceUuids) {
    if (instanceUuids.isEmpty()) {
      return 0;
    }
    return NativeSql.update(
        em,
        "DELETE FROM outbox WHERE published_at IS NOT NULL AND topic = ?"
            + " AND message_key = ANY(?::text[])",
        topic,
        instanceUuids.toArray(new String[0]));
  }
}
