package io.rollcall.meeting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Table {@code outbox}. Callers own the transaction. */
@ApplicationScoped
public class OutboxRepository {

  /** One message waiting to be published. */
  public record Row(long id, String eventId, String topic, String key, byte[] payload) {}

  private final DataSource dataSource;

  public OutboxRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void insert(String eventId, String topic, String key, byte[] payload, Instant at) {
    String sql =
        "INSERT INTO outbox (event_id, topic, message_key, payload, created_at) VALUES (?,?,?,?,?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, eventId);
      s.setString(2, topic);
      s.setString(3, key);
      s.setBytes(4, payload);
      s.setTimestamp(5, Jdbc.timestamp(at));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write outbox", e);
    }
  }

  /**
   * The oldest unsent rows, locked for this transaction; rows another relay holds are skipped, so
   * two instances never publish the same row at the same time.
   */
  public List<Row> lockUnsent(int limit) {
    String sql =
        "SELECT id, event_id, topic, message_key, payload FROM outbox WHERE sent_at IS NULL"
            + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED";
    List<Row> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setInt(1, limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(
              new Row(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getBytes(5)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read outbox", e);
    }
  }

  public void markSent(List<Long> ids, Instant at) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("UPDATE outbox SET sent_at = ? WHERE id = ANY (?)")) {
      s.setTimestamp(1, Jdbc.timestamp(at));
      s.setArray(2, c.createArrayOf("bigint", ids.toArray()));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot mark outbox rows sent", e);
    }
  }

  public long unsentCount() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT count(*) FROM outbox WHERE sent_at IS NULL");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count outbox", e);
    }
  }
}
