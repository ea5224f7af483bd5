package io.rollcall.meeting.repository;

import io.rollcall.events.LinkStatus;
import io.rollcall.meeting.domain.Link;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Table {@code link}. Callers own the transaction. */
@ApplicationScoped
public class LinkRepository {
  private final DataSource dataSource;

  public LinkRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Inserts the link unless it would break a unique constraint: (meeting, ref) or (meeting, email)
   * already taken, typically by a concurrent request for the same invitee.
   *
   * @return true when inserted, false when another link holds the ref or the email
   */
  public boolean insertIfAbsent(Link l) {
    String sql =
        "INSERT INTO link (link_id, meeting_id, invitee_ref, email, first_name, last_name,"
            + " registrant_id, join_url, customer_key, tracked_token, status, issued_at)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, l.linkId());
      s.setString(2, l.meetingId());
      s.setString(3, l.inviteeRef());
      s.setString(4, l.email());
      s.setString(5, l.firstName());
      s.setString(6, l.lastName());
      s.setString(7, l.registrantId());
      s.setString(8, l.joinUrl());
      s.setString(9, l.customerKey());
      s.setString(10, l.trackedToken());
      s.setString(11, l.status().name());
      s.setTimestamp(12, Jdbc.timestamp(l.issuedAt()));
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store link", e);
    }
  }

  public void markRevoked(String linkId, Instant at) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("UPDATE link SET status = ?, revoked_at = ? WHERE link_id = ?")) {
      s.setString(1, LinkStatus.REVOKED.name());
      s.setTimestamp(2, Jdbc.timestamp(at));
      s.setString(3, linkId);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot revoke link", e);
    }
  }

  public Optional<Link> find(String meetingId, String ref) {
    return one("SELECT * FROM link WHERE meeting_id = ? AND invitee_ref = ?", meetingId, ref);
  }

  public Optional<Link> findByTrackedToken(String token) {
    return one("SELECT * FROM link WHERE tracked_token = ?", token);
  }

  public List<Link> forMeeting(String meetingId) {
    return many(
        "SELECT * FROM link WHERE meeting_id = ? ORDER BY issued_at, invitee_ref", meetingId);
  }

  /** Links of the meeting whose email (case-insensitive) is one of those given. */
  public List<Link> withEmails(String meetingId, List<String> emails) {
    String sql = "SELECT * FROM link WHERE meeting_id = ? AND lower(email) = ANY (?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, meetingId);
      s.setArray(
          2,
          c.createArrayOf(
              "text", emails.stream().map(e -> e.toLowerCase(java.util.Locale.ROOT)).toArray()));
      return collect(s);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read links", e);
    }
  }

  public void recordClick(String linkId, Instant at, String userAgent) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO link_click (link_id, clicked_at, user_agent) VALUES (?,?,?)")) {
      s.setString(1, linkId);
      s.setTimestamp(2, Jdbc.timestamp(at));
      s.setString(
          3, userAgent == null ? null : userAgent.substring(0, Math.min(300, userAgent.length())));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record click", e);
    }
  }

  public int clicks(String linkId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT count(*) FROM link_click WHERE link_id = ?")) {
      s.setString(1, linkId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count clicks", e);
    }
  }

  private Optional<Link> one(String sql, String... params) {
    List<Link> links = many(sql, params);
    return links.isEmpty() ? Optional.empty() : Optional.of(links.get(0));
  }

  private List<Link> many(String sql, String... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setString(i + 1, params[i]);
      }
      return collect(s);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read links", e);
    }
  }

  private static List<Link> collect(PreparedStatement s) throws SQLException {
    List<Link> links = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        links.add(
            new Link(
                r.getString("link_id"),
                r.getString("meeting_id"),
                r.getString("invitee_ref"),
                r.getString("email"),
                r.getString("first_name"),
                r.getString("last_name"),
                r.getString("registrant_id"),
                r.getString("join_url"),
                r.getString("customer_key"),
                r.getString("tracked_token"),
                LinkStatus.valueOf(r.getString("status")),
                Jdbc.instant(r.getTimestamp("issued_at")),
                Jdbc.instant(r.getTimestamp("revoked_at"))));
      }
    }
    return links;
  }
}
