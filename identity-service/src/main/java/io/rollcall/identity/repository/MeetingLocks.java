package io.rollcall.identity.repository;

import io.rollcall.support.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Serialises the work on one meeting (a participant event and a link arriving at once) until the
 * transaction ends, so that neither misses the other and the outbox keeps each instance's order.
 * PostgreSQL's transaction-scoped advisory locks: no table, no JPA form.
 */
@ApplicationScoped
public class MeetingLocks {
  private final EntityManager em;

  public MeetingLocks(EntityManager em) {
    this.em = em;
  }

  public void lock(String meetingId) {
    lockAll(List.of(meetingId));
  }

  /**
   * Locks the meetings in the order given (callers sort them, so that two transactions never wait
   * on each other in a cycle), in one statement: one round trip per batch instead of one per
   * meeting (up to 100 meetings in one batch at 100 concurrent meetings).
   */
  public void lockAll(List<String> meetingIds) {
    if (meetingIds.isEmpty()) {
      return;
    }
    NativeSql.query(
        em,
        "SELECT count(pg_advisory_xact_lock(hashtext('meeting:' || m)))"
            + " FROM (SELECT m FROM unnest(?::text[]) WITH ORDINALITY AS t(m, i) ORDER BY i) s",
        (Object) meetingIds.toArray(new String[0]));
  }
}
