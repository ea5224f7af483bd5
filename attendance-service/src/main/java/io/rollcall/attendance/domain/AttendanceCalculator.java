package io.rollcall.attendance.domain;

import io.rollcall.events.Flag;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Derives per-person attendance from connection facts: one attendee per resolved person (all their
 * connections merged) and one per unresolved connection chain. Time in a breakout room is attended
 * time (the room's connection is the person's, identity-service resolves it through its parent);
 * each room's time is the union of the person's sessions in it, and the total the union over all
 * rooms.
 */
public final class AttendanceCalculator {

  private static final Comparator<ConnectionFacts> STRONGEST_FIRST =
      Comparator.comparing(ConnectionFacts::method).thenComparing(ConnectionFacts::connectionId);

  private static final Comparator<ConnectionFacts> EARLIEST_FIRST =
      Comparator.comparing(
              ConnectionFacts::joinedAt, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(ConnectionFacts::connectionId);

  private static final Comparator<Attendee> ATTENDEE_ORDER =
      Comparator.comparing(Attendee::firstJoin).thenComparing(Attendee::key);

  /** The main session's key among room keys (no breakout room uuid is empty). */
  private static final String MAIN = "";

  private AttendanceCalculator() {}

  /**
   * The attendees of one instance.
   *
   * @param connections every connection of the instance
   * @param endedAt the instance's end; null while it is live
   * @param now what open sessions of a live instance count up to
   */
  public static List<Attendee> attendees(
      List<ConnectionFacts> connections, Instant endedAt, Instant now) {
    Map<String, List<ConnectionFacts>> byAttendee = new LinkedHashMap<>();
    Map<String, ConnectionFacts> byId = new HashMap<>();
    connections.forEach(c -> byId.put(c.connectionId(), c));
    for (ConnectionFacts connection : connections) {
      byAttendee
          .computeIfAbsent(attendeeKey(connection, byId), k -> new ArrayList<>())
          .add(connection);
    }
    List<Attendee> attendees = new ArrayList<>();
    for (Map.Entry<String, List<ConnectionFacts>> entry : byAttendee.entrySet()) {
      attendee(entry.getKey(), entry.getValue(), endedAt, now).ifPresent(attendees::add);
    }
    attendees.sort(ATTENDEE_ORDER);
    return attendees;
  }

  /**
   * The attendee a connection counts for. An unresolved breakout-room connection or phone leg
   * without a participant uuid is keyed by the connection it continues ({@code u:<parent_user_id>},
   * {@code u:<bind_user_id>}); when that connection is in the instance, it counts for that
   * connection's attendee, so it is never an unresolved guest of its own.
   */
  private static String attendeeKey(ConnectionFacts c, Map<String, ConnectionFacts> byId) {
    ConnectionFacts at = c;
    Set<String> seen = new HashSet<>();
    while (!at.resolved() && seen.add(at.connectionId())) {
      ConnectionFacts continued = byId.get(at.chainKey());
      if (continued == null || continued == at) {
        break;
      }
      at = continued;
    }
    return at.attendeeKey();
  }

  /**
   * One attendee from the connections sharing {@code key}; empty when none of them has joined (a
   * leave that arrived before its join does not make an attendee yet).
   */
  public static Optional<Attendee> attendee(
      String key, List<ConnectionFacts> connections, Instant endedAt, Instant now) {
    List<ConnectionFacts> joined =
        connections.stream().filter(ConnectionFacts::joined).sorted(EARLIEST_FIRST).toList();
    if (joined.isEmpty()) {
      return Optional.empty();
    }
    Instant horizon = endedAt != null ? endedAt : now;
    List<Session> sessions = joined.stream().map(c -> session(c, endedAt)).toList();
    List<Interval> attended = new ArrayList<>();
    Map<String, List<Interval>> byRoom = new LinkedHashMap<>();
    byRoom.put(MAIN, new ArrayList<>());
    for (Session session : sessions) {
      Instant end = session.leftAt() != null ? session.leftAt() : horizon;
      Interval interval = new Interval(session.joinedAt(), end);
      attended.add(interval);
      String room = session.breakoutRoomUuid() == null ? MAIN : session.breakoutRoomUuid();
      byRoom.computeIfAbsent(room, r -> new ArrayList<>()).add(interval);
    }
    List<Interval> waiting = new ArrayList<>();
    for (ConnectionFacts connection : connections) {
      waiting.addAll(WaitingRoom.stays(connection.waiting(), horizon));
    }
    ConnectionFacts strongest = connections.stream().sorted(STRONGEST_FIRST).findFirst().get();
    return Optional.of(
        new Attendee(
            key,
            strongest.ref(),
            strongest.role(),
            displayName(strongest, joined),
            strongest.email(),
            strongest.method(),
            strongest.confidence(),
            seconds(IntervalUnion.length(attended)),
            seconds(IntervalUnion.length(waiting)),
            joined.get(0).joinedAt(),
            lastLeave(sessions),
            sessions,
            flags(connections),
            rooms(byRoom),
            viaLinkOf(connections),
            strongest.assignment(),
            IntervalUnion.merge(waiting)));
  }

  /** The owner of someone else's link the connections used; the first ref when several. */
  private static String viaLinkOf(List<ConnectionFacts> connections) {
    return connections.stream()
        .map(ConnectionFacts::viaLinkOf)
        .filter(Objects::nonNull)
        .sorted()
        .findFirst()
        .orElse(null);
  }

  /** The main session first (if attended), then breakout rooms in order of first join. */
  private static List<RoomTime> rooms(Map<String, List<Interval>> byRoom) {
    List<RoomTime> rooms = new ArrayList<>();
    byRoom.forEach(
        (room, intervals) -> {
          if (!intervals.isEmpty()) {
            long seconds = seconds(IntervalUnion.length(intervals));
            rooms.add(new RoomTime(room.equals(MAIN) ? null : room, seconds));
          }
        });
    return rooms;
  }

  private static Session session(ConnectionFacts connection, Instant endedAt) {
    if (connection.leftAt() != null) {
      return new Session(
          connection.connectionId(),
          connection.joinedAt(),
          connection.leftAt(),
          connection.leaveReason(),
          connection.breakoutRoomUuid(),
          sortedFlags(connection),
          connection.reportedName());
    }
    // meeting.ended closes every open connection at the end time.
    String reason = endedAt != null ? Session.MEETING_ENDED : null;
    return new Session(
        connection.connectionId(),
        connection.joinedAt(),
        endedAt,
        reason,
        connection.breakoutRoomUuid(),
        sortedFlags(connection),
        connection.reportedName());
  }

  private static List<Flag> sortedFlags(ConnectionFacts connection) {
    return connection.flags().isEmpty()
        ? List.of()
        : List.copyOf(EnumSet.copyOf(connection.flags()));
  }

  private static Instant lastLeave(List<Session> sessions) {
    Instant last = null;
    for (Session session : sessions) {
      if (session.leftAt() == null) {
        return null;
      }
      last = last == null || session.leftAt().isAfter(last) ? session.leftAt() : last;
    }
    return last;
  }

  /** The registered name when resolved, else the name Zoom reported on the earliest join. */
  private static String displayName(ConnectionFacts strongest, List<ConnectionFacts> joined) {
    if (strongest.resolved() && strongest.name() != null) {
      return strongest.name();
    }
    return joined.stream()
        .map(ConnectionFacts::reportedName)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  private static List<Flag> flags(List<ConnectionFacts> connections) {
    EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
    connections.forEach(c -> flags.addAll(c.flags()));
    return List.copyOf(flags);
  }

  private static long seconds(Duration duration) {
    return duration.toSeconds();
  }
}
