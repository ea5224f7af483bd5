package io.rollcall.identity.repository;

import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * Ids of consumed messages whose effect is committed. Recorded in the transaction of the effect, so
 * a redelivered message is recognised and skipped.
 */
@ApplicationScoped
public class ProcessedMessages {
  private final Jdbc jdbc;

  public ProcessedMessages(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  /** Records the id; false when it was already recorded (a duplicate). */
  public boolean firstTime(String id) {
    return jdbc.update(
            "INSERT INTO processed_message (id) VALUES (?) ON CONFLICT (id) DO NOTHING", id)
        == 1;
  }
}
