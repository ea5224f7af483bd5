package io.rollcall.simulator.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One occurrence of a meeting (one uuid): its connections in the order they began. */
public final class MeetingInstance {

  private final String uuid;
  private final Meeting meeting;
  private final Instant startTime;
  private final List<Connection> connections = new ArrayList<>();
  private final Map<String, String> breakoutRooms = new LinkedHashMap<>();
  private Instant endTime;
  private int reportCalls;

  public MeetingInstance(String uuid, Meeting meeting, Instant startTime) {
    this.uuid = uuid;
    this.meeting = meeting;
    this.startTime = startTime;
  }

  public String uuid() {
    return uuid;
  }

  public Meeting meeting() {
    return meeting;
  }

  public Instant startTime() {
    return startTime;
  }

  public Instant endTime() {
    return endTime;
  }

  public boolean ended() {
    return endTime != null;
  }

  void end(Instant at) {
    this.endTime = at;
  }

  /**
   * Counts one call of this instance's participants report and tells whether the report is ready:
   * the first {@code notReadyCalls} calls find it not ready (quirk {@code report_not_ready_calls}).
   */
  public synchronized boolean reportReadyAfterCall(int notReadyCalls) {
    reportCalls++;
    return reportCalls > notReadyCalls;
  }

  /** The open breakout rooms: name → {@code breakout_room_uuid}, in the order opened. */
  public Map<String, String> breakoutRooms() {
    return breakoutRooms;
  }

  public List<Connection> connections() {
    return connections;
  }

  public void add(Connection connection) {
    connections.add(connection);
  }

  /** The person's connection that is still open (waiting or in the meeting), if any. */
  public Optional<Connection> open(String person) {
    return connections.stream()
        .filter(c -> c.person().equals(person) && c.status() != ConnectionStatus.LEFT)
        .reduce((first, second) -> second);
  }

  public Optional<Connection> last(String person) {
    return connections.stream()
        .filter(c -> c.person().equals(person))
        .reduce((first, second) -> second);
  }
}
