package io.rollcall.attendance.repository;

import io.rollcall.support.outbox.OutboxWakeup;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The transactional outbox of rollcall.attendance.v1. */
@Singleton
public class OutboxRepository {

  /** One event waiting to be published. */
  public record Pending(long id, String eventId, String key, String payload) {}

  private final DataSource dataSource;
  private final OutboxWakeup wakeup;

  public OutboxRepository(DataSource dataSource, OutboxWakeup wakeup) {
    this.dataSource = dataSource;
    this.wakeup = wakeup;
  }

  /**
   * Adds an event in the caller's transaction; an event id already there is not added again. The
   * relay publishes it as soon as the transaction commits.
   */
  public void add(String eventId, String key, String payload) {
    wakeup.afterCommit();
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement =
            db.prepareStatement(
                "INSERT INTO outbox (event_id, message_key, payload) VALUES (?, ?, ?)"
                    + " ON CONFLICT (event_id) DO NOTHING")) {
      statement.setString(1, eventId);
      statement.setString(2, key);
      statement.setString(3, payload);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new RepositoryException("cannot write the outbox", e);
    }
  }

  /**
   * Makes this transaction the only relay of any replica until it ends, so that rows are published
   * in id order (each instance's changes in order) even with several replicas.
   */
  public boolean tryBecomeRelay() {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement =
            db.prepareStatement(
                "SELECT pg_try_advisory_xact_lock(hashtext('attendance-service outbox relay'))");
        ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getBoolean(1);
    } catch (SQLException e) {
      throw new RepositoryException("cannot take the relay lock", e);
    }
  }

  /** The oldest unpublished events, locked so that a second relay skips them. */
  public List<Pending> lockUnpublished(int limit) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement =
            db.prepareStatement(
                "SELECT id, event_id, message_key, payload FROM outbox"
                    + " WHERE published_at IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")) {
      statement.setInt(1, limit);
      List<Pending> pending = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          pending.add(
              new Pending(
                  rows.getLong("id"),
                  rows.getString("event_id"),
                  rows.getString("message_key"),
                  rows.getString("payload")));
        }
      }
      return pending;
    } catch (SQLException e) {
      throw new RepositoryException("cannot read the outbox", e);
    }
  }

  public void markPublished(List<Long> ids) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement =
            db.prepareStatement("UPDATE outbox SET published_at = now() WHERE id = ANY (?)")) {
      statement.setArray(1, db.createArrayOf("bigint", ids.toArray()));
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new RepositoryException("cannot mark outbox rows published", e);
    }
  }

  /** Deletes rows published before {@code cutoff}; returns how many. */
  public int deletePublishedBefore(Instant cutoff) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement =
            db.prepareStatement("DELETE FROM outbox WHERE published_at < ?")) {
      Sql.setInstant(statement, 1, cutoff);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new RepositoryException("cannot purge the outbox", e);
    }
  }
}
