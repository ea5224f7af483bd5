package io.rollcall.identity.repository;

import io.rollcall.events.EventJson;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.support.outbox.OutboxWakeup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/** The transactional outbox of {@code rollcall.participants.v1}. */
@ApplicationScoped
public class OutboxRepository {

  /** One message waiting to be published. */
  public record Pending(long id, String eventId, String key, String payload) {}

  private final Jdbc jdbc;
  private final OutboxWakeup wakeup;

  public OutboxRepository(DataSource dataSource, OutboxWakeup wakeup) {
    this.jdbc = new Jdbc(dataSource);
    this.wakeup = wakeup;
  }

  /**
   * Adds a message in the caller's transaction, keyed by its instance uuid; an event id already
   * there is not added twice. The relay publishes it as soon as the transaction commits.
   */
  public void add(ParticipantMessage message) {
    wakeup.afterCommit();
    jdbc.update(
        "INSERT INTO outbox (event_id, message_key, payload) VALUES (?, ?, ?)"
            + " ON CONFLICT (event_id) DO NOTHING",
        message.eventId(),
        message.instanceUuid(),
        new String(EventJson.encode(message), StandardCharsets.UTF_8));
  }

  /**
   * Makes this transaction the only relay of any service replica until it ends, so that rows are
   * published in id order (per instance order) even with several replicas.
   */
  public boolean tryBecomeRelay() {
    return jdbc.query(
            "SELECT pg_try_advisory_xact_lock(hashtext('identity-service outbox relay'))",
            row -> row.getBoolean(1))
        .get(0);
  }

  /** The oldest unpublished messages in id order, locked so that a second relay skips them. */
  public List<Pending> lockUnpublished(int limit) {
    return jdbc.query(
        "SELECT id, event_id, message_key, payload FROM outbox WHERE published_at IS NULL"
            + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
        row ->
            new Pending(
                row.getLong("id"),
                row.getString("event_id"),
                row.getString("message_key"),
                row.getString("payload")),
        limit);
  }

  public void markPublished(List<Long> ids) {
    jdbc.update(
        "UPDATE outbox SET published_at = now() WHERE id = ANY (?)",
        (Object) ids.toArray(new Long[0]));
  }

  public void deletePublishedBefore(Instant cutoff) {
    jdbc.update("DELETE FROM outbox WHERE published_at < ?", cutoff);
  }
}
