package io.rollcall.simulator.domain;

import java.time.Instant;

/**
 * One connection of one person: what Zoom shows of them in webhooks and in one report record. Every
 * (re)join is a new connection (with a new user_id unless that quirk is off).
 */
public final class Connection {

  private final String person;
  private final ParticipantFields fields;
  private ConnectionStatus status;
  private String role = "attendee";
  private Instant joinTime;
  private Instant leaveTime;
  private String leaveReason;

  public Connection(String person, ParticipantFields fields, ConnectionStatus status) {
    this.person = person;
    this.fields = fields;
    this.status = status;
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
