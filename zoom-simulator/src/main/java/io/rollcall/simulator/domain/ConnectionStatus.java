package io.rollcall.simulator.domain;

/** Where a person currently is relative to a meeting. */
public enum ConnectionStatus {
  JBH_WAITING,
  WAITING_ROOM,
  IN_MEETING,
  LEFT
}
