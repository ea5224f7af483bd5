package io.rollcall.identity.repository;

import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * Serialises the work on one meeting (a participant event and a link arriving at once) until the
 * transaction ends, so that neither misses the other and the outbox keeps each instance's order.
 */
@ApplicationScoped
public class MeetingLocks {
  private final Jdbc jdbc;

  public MeetingLocks(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  public void lock(String meetingId) {
    jdbc.query("SELECT pg_advisory_xact_lock(hashtext(?))", row -> 1, "meeting:" + meetingId);
  }
}
