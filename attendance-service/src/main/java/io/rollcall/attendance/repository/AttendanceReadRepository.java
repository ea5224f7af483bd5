package io.rollcall.attendance.repository;

import io.rollcall.attendance.domain.ConnectionFacts;
import io.rollcall.attendance.domain.ConnectionState;
import io.rollcall.attendance.domain.MeetingInstance;
import io.rollcall.attendance.domain.WaitingMark;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads the projection for queries and for the events published after each change. */
@Singleton
public class AttendanceReadRepository {

  private static final String INSTANCE_COLUMNS =
      "instance_uuid, meeting_id, topic, started_at, ended_at, first_seen_at";
  private static final String NEWEST_FIRST =
      " ORDER BY COALESCE(started_at, first_seen_at) DESC, instance_uuid";

  private final DataSource dataSource;

  public AttendanceReadRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The meeting's instances, newest first. */
  public List<MeetingInstance> instances(String meetingId) {
    return instances(
        "SELECT " + INSTANCE_COLUMNS + " FROM meeting_instance WHERE meeting_id = ?" + NEWEST_FIRST,
        s -> s.setString(1, meetingId));
  }

  public Optional<MeetingInstance> instance(String instanceUuid) {
    return instances(
            "SELECT " + INSTANCE_COLUMNS + " FROM meeting_instance WHERE instance_uuid = ?",
            s -> s.setString(1, instanceUuid))
        .stream()
        .findFirst();
  }

  /** Instances the person has a connection in, newest first, started within [from, to). */
  public List<MeetingInstance> instancesOf(String ref, Instant from, Instant to) {
    return instances(
        "SELECT "
            + INSTANCE_COLUMNS
            + " FROM meeting_instance i WHERE EXISTS (SELECT 1 FROM connection c"
            + " WHERE c.ref = ? AND c.instance_uuid = i.instance_uuid)"
            + " AND (CAST(? AS timestamptz) IS NULL OR COALESCE(started_at, first_seen_at) >= ?)"
            + " AND (CAST(? AS timestamptz) IS NULL OR COALESCE(started_at, first_seen_at) < ?)"
            + NEWEST_FIRST,
        s -> {
          s.setString(1, ref);
          Sql.setInstant(s, 2, from);
          Sql.setInstant(s, 3, from);
          Sql.setInstant(s, 4, to);
          Sql.setInstant(s, 5, to);
        });
  }

  /** Every connection of the instance with its waiting-room marks. */
  public List<ConnectionFacts> connections(String instanceUuid) {
    return connections("", instanceUuid, s -> {});
  }

  /** The connections that count for one attendee key ({@code ref:…} or {@code chain:…}). */
  public List<ConnectionFacts> attendeeConnections(String instanceUuid, String attendeeKey) {
    if (attendeeKey.startsWith("ref:")) {
      return connections(
          " AND ref = ?", instanceUuid, s -> s.setString(2, attendeeKey.substring(4)));
    }
    return connections(
        " AND ref IS NULL AND chain_key = ?",
        instanceUuid,
        s -> s.setString(2, attendeeKey.substring("chain:".length())));
  }

  private List<ConnectionFacts> connections(
      String condition, String instanceUuid, ProjectionRepository.Binder extra) {
    try (Connection db = dataSource.getConnection()) {
      List<ConnectionState> states = new ArrayList<>();
      try (PreparedStatement statement =
          db.prepareStatement(
              "SELECT "
                  + ConnectionRows.COLUMNS
                  + " FROM connection WHERE instance_uuid = ?"
                  + condition)) {
        statement.setString(1, instanceUuid);
        extra.bind(statement);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            states.add(ConnectionRows.read(rows));
          }
        }
      }
      // Only the marks of these connections: an attendee's change costs their connections, not
      // the instance's (issue 12).
      Map<String, List<WaitingMark>> marks =
          waitingMarks(
              db,
              instanceUuid,
              condition.isEmpty()
                  ? null
                  : states.stream().map(ConnectionState::connectionId).toList());
      return states.stream()
          .map(c -> c.facts(marks.getOrDefault(c.connectionId(), List.of())))
          .toList();
    } catch (SQLException e) {
      throw new RepositoryException("cannot read connections", e);
    }
  }

  /** The marks of these connections, or of every connection of the instance when null. */
  private static Map<String, List<WaitingMark>> waitingMarks(
      Connection db, String instanceUuid, List<String> connectionIds) throws SQLException {
    Map<String, List<WaitingMark>> marks = new HashMap<>();
    if (connectionIds != null && connectionIds.isEmpty()) {
      return marks;
    }
    try (PreparedStatement statement =
        db.prepareStatement(
            "SELECT connection_id, at, entered FROM waiting_mark WHERE instance_uuid = ?"
                + (connectionIds == null ? "" : " AND connection_id = ANY (?)"))) {
      statement.setString(1, instanceUuid);
      if (connectionIds != null) {
        statement.setArray(2, db.createArrayOf("text", connectionIds.toArray()));
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          marks
              .computeIfAbsent(rows.getString("connection_id"), k -> new ArrayList<>())
              .add(new WaitingMark(Sql.instant(rows, "at"), rows.getBoolean("entered")));
        }
      }
    }
    return marks;
  }

  private List<MeetingInstance> instances(String sql, ProjectionRepository.Binder binder) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement = db.prepareStatement(sql)) {
      binder.bind(statement);
      List<MeetingInstance> instances = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          instances.add(
              new MeetingInstance(
                  rows.getString("instance_uuid"),
                  rows.getString("meeting_id"),
                  rows.getString("topic"),
                  Sql.instant(rows, "started_at"),
                  Sql.instant(rows, "ended_at"),
                  Sql.instant(rows, "first_seen_at")));
        }
      }
      return instances;
    } catch (SQLException e) {
      throw new RepositoryException("cannot read instances", e);
    }
  }
}
