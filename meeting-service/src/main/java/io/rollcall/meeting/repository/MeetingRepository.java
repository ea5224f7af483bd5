package io.rollcall.meeting.repository;

import io.rollcall.meeting.domain.Meeting;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** Table {@code meeting}. Callers own the transaction. */
@ApplicationScoped
public class MeetingRepository {
  private final DataSource dataSource;

  public MeetingRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void insert(Meeting m) {
    String sql =
        "INSERT INTO meeting (meeting_id, host_ref, host_id, host_email, topic, type, start_time,"
            + " timezone, duration, registration_required, meeting_authentication, waiting_room,"
            + " join_before_host, allow_multiple_devices, created_at)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, m.meetingId());
      s.setString(2, m.hostRef());
      s.setString(3, m.hostId());
      s.setString(4, m.hostEmail());
      s.setString(5, m.topic());
      s.setInt(6, m.type());
      s.setTimestamp(7, Jdbc.timestamp(m.startTime()));
      s.setString(8, m.timezone());
      s.setObject(9, m.duration());
      s.setBoolean(10, m.registrationRequired());
      s.setBoolean(11, m.meetingAuthentication());
      s.setBoolean(12, m.waitingRoom());
      s.setBoolean(13, m.joinBeforeHost());
      s.setBoolean(14, m.allowMultipleDevices());
      s.setTimestamp(15, Jdbc.timestamp(m.createdAt()));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store meeting", e);
    }
  }

  public Optional<Meeting> find(String meetingId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT * FROM meeting WHERE meeting_id = ?")) {
      s.setString(1, meetingId);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(map(r)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read meeting", e);
    }
  }

  public void recordHostLinkIssued(String meetingId, Instant issuedAt, Instant expiresAt) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO host_link_issue (meeting_id, issued_at, expires_at) VALUES (?,?,?)")) {
      s.setString(1, meetingId);
      s.setTimestamp(2, Jdbc.timestamp(issuedAt));
      s.setTimestamp(3, Jdbc.timestamp(expiresAt));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record host link issue", e);
    }
  }

  private static Meeting map(ResultSet r) throws SQLException {
    Timestamp start = r.getTimestamp("start_time");
    return new Meeting(
        r.getString("meeting_id"),
        r.getString("host_ref"),
        r.getString("host_id"),
        r.getString("host_email"),
        r.getString("topic"),
        r.getInt("type"),
        start == null ? null : start.toInstant(),
        r.getString("timezone"),
        (Integer) r.getObject("duration"),
        r.getBoolean("registration_required"),
        r.getBoolean("meeting_authentication"),
        r.getBoolean("waiting_room"),
        r.getBoolean("join_before_host"),
        r.getBoolean("allow_multiple_devices"),
        r.getTimestamp("created_at").toInstant());
  }
}
