package io.rollcall.attendance.service;

import io.rollcall.attendance.domain.ConnectionFacts;
import io.rollcall.attendance.domain.ConnectionState;
import io.rollcall.attendance.domain.MeetingInstance;
import io.rollcall.attendance.domain.SessionCounts;
import io.rollcall.attendance.domain.WaitingMark;
import io.rollcall.attendance.repository.ConnectionRepository.AttendeeRef;
import io.rollcall.attendance.repository.ConnectionRepository.ConnectionKey;
import io.rollcall.events.AttendanceChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of the projection one batch works on, in memory for the length of its transaction: the
 * connections it changes (locked, kept current as messages apply), the other connections of every
 * attendee those changes can concern, and their waiting-room marks. What a message's outgoing event
 * says is computed from here exactly as from the tables after the previous message; the changed
 * rows are written once at the end ({@link #dirtyConnections}, {@link #newMarks}).
 */
final class ProjectionBatch {
  private final Map<ConnectionKey, ConnectionState> original;
  private final Map<ConnectionKey, ConnectionState> changing;
  private final Map<AttendeeRef, Set<ConnectionKey>> byAttendee = new HashMap<>();
  private final Map<ConnectionKey, ConnectionState> others = new HashMap<>();
  private final Map<ConnectionKey, List<WaitingMark>> marks;
  private final Set<ConnectionKey> dirty = new LinkedHashSet<>();
  private final List<Map.Entry<ConnectionKey, WaitingMark>> newMarks = new ArrayList<>();
  final Map<String, MeetingInstance> instances = new HashMap<>();

  /**
   * The session counts of each instance an {@code instance_reconciled} of the batch names, as they
   * stood when it was applied (the highest when several): what the reconciliation metrics count.
   */
  final Map<String, SessionCounts> reconciled = new LinkedHashMap<>();

  /** The events the batch publishes, in order; added to the outbox once at the batch's end. */
  final List<AttendanceChange> outgoing = new ArrayList<>();

  /**
   * @param changing the connections the batch changes, as stored (locked)
   * @param stored connections stored under the attendees the batch can concern (may include some of
   *     {@code changing}, which win)
   * @param marks the stored marks of all of them
   */
  ProjectionBatch(
      Map<ConnectionKey, ConnectionState> changing,
      Map<ConnectionKey, ConnectionState> stored,
      Map<ConnectionKey, List<WaitingMark>> marks) {
    this.original = Map.copyOf(changing);
    this.changing = new LinkedHashMap<>(changing);
    this.marks = new HashMap<>(marks);
    stored.forEach(
        (key, state) -> {
          if (!changing.containsKey(key)) {
            others.put(key, state);
            index(key, state);
          }
        });
    changing.forEach(this::index);
  }

  ConnectionState connection(String instanceUuid, String connectionId) {
    return changing.get(new ConnectionKey(instanceUuid, connectionId));
  }

  /** The connection's new state (it must be one the batch locked). */
  void save(String instanceUuid, ConnectionState after) {
    ConnectionKey key = new ConnectionKey(instanceUuid, after.connectionId());
    ConnectionState before = changing.put(key, after);
    byAttendee.get(new AttendeeRef(instanceUuid, before.attendeeKey())).remove(key);
    index(key, after);
    dirty.add(key);
  }

  void addMark(String instanceUuid, String connectionId, WaitingMark mark) {
    ConnectionKey key = new ConnectionKey(instanceUuid, connectionId);
    List<WaitingMark> list = marks.computeIfAbsent(key, k -> new ArrayList<>());
    if (!list.contains(mark)) {
      list.add(mark);
      newMarks.add(Map.entry(key, mark));
    }
  }

  /** What the table says now about the attendee's connections, with their marks. */
  List<ConnectionFacts> attendeeConnections(String instanceUuid, String attendeeKey) {
    List<ConnectionFacts> facts = new ArrayList<>();
    for (ConnectionKey key :
        byAttendee.getOrDefault(new AttendeeRef(instanceUuid, attendeeKey), Set.of())) {
      ConnectionState state = changing.containsKey(key) ? changing.get(key) : others.get(key);
      facts.add(state.facts(marks.getOrDefault(key, List.of())));
    }
    return facts;
  }

  /** Connections changed by the batch, each in its latest state. */
  Map<ConnectionKey, ConnectionState> dirtyConnections() {
    Map<ConnectionKey, ConnectionState> result = new LinkedHashMap<>();
    dirty.forEach(key -> result.put(key, changing.get(key)));
    return result;
  }

  List<Map.Entry<ConnectionKey, WaitingMark>> newMarks() {
    return newMarks;
  }

  /**
   * How the batch's messages so far changed the instance's count of sessions the report added and
   * changed ({@link SessionCounts#change}).
   */
  SessionCounts countsChangedSoFar(String instanceUuid) {
    SessionCounts delta = SessionCounts.ZERO;
    for (Map.Entry<ConnectionKey, ConnectionState> e : changing.entrySet()) {
      if (e.getKey().instanceUuid().equals(instanceUuid)) {
        delta = delta.plus(SessionCounts.change(original.get(e.getKey()), e.getValue()));
      }
    }
    return delta;
  }

  private void index(ConnectionKey key, ConnectionState state) {
    byAttendee
        .computeIfAbsent(
            new AttendeeRef(key.instanceUuid(), state.attendeeKey()), k -> new LinkedHashSet<>())
        .add(key);
  }
}
