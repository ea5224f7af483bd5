package io.rollcall.simulator.domain;

import java.time.Instant;

/**
 * One connection of one person: what Zoom shows of them in webhooks and in one report record. Every
 * (re)join is a new connection (with a new user_id unless that quirk is off), and so is every move
 * into, between or out of breakout rooms (always a new user_id, ZOOM-FACTS §2.4).
 */
public final class Connection {

  private final String person;
  private final ParticipantFields fields;
  private ConnectionStatus status;
  private String role = "attendee";
  private Instant joinTime;
  private Instant leaveTime;
  private String leaveReason;
  private final String breakoutRoomUuid;
  private final String parentUserId;
  private Connection boundTo;

  public Connection(String person, ParticipantFields fields, ConnectionStatus status) {
    this(person, fields, status, null, null);
  }

  /**
   * A connection in breakout room {@code breakoutRoomUuid} whose main-session {@code user_id} was
   * {@code parentUserId} (both null for the main session).
   */
  public Connection(
      String person,
      ParticipantFields fields,
      ConnectionStatus status,
      String breakoutRoomUuid,
      String parentUserId) {
    this.person = person;
    this.fields = fields;
    this.status = status;
    this.breakoutRoomUuid = breakoutRoomUuid;
    this.parentUserId = parentUserId;
  }

  /** The breakout room this connection is in; null for the main session. */
  public String breakoutRoomUuid() {
    return breakoutRoomUuid;
  }

  public boolean inBreakoutRoom() {
    return breakoutRoomUuid != null;
  }

  /** In a breakout room: the person's main-session {@code user_id}; else null. */
  public String parentUserId() {
    return parentUserId;
  }

  /** For a phone leg: the computer connection it was bound to ({@code participant_bind}). */
  public Connection boundTo() {
    return boundTo;
  }

  public void boundTo(Connection computer) {
    this.boundTo = computer;
  }

  /** The simulator-side handle of the person behind this connection (never sent to receivers). */
  public String person() {
    return person;
  }

  public ParticipantFields fields() {
    return fields;
  }

  public ConnectionStatus status() {
    return status;
  }

  public void status(ConnectionStatus status) {
    this.status = status;
  }

  public String role() {
    return role;
  }

  public void role(String role) {
    this.role = role;
  }

  public Instant joinTime() {
    return joinTime;
  }

  public void joined(Instant at) {
    this.joinTime = at;
    this.status = ConnectionStatus.IN_MEETING;
  }

  public Instant leaveTime() {
    return leaveTime;
  }

  public String leaveReason() {
    return leaveReason;
  }

  public void left(Instant at, String reason) {
    this.leaveTime = at;
    this.leaveReason = reason;
    this.status = ConnectionStatus.LEFT;
  }

  public boolean reachedMeeting() {
    return joinTime != null;
  }
}
