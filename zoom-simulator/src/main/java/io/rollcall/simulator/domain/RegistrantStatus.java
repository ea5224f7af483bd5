package io.rollcall.simulator.domain;

/** Registrant statuses as Zoom names them in lists and filters. */
public enum RegistrantStatus {
  APPROVED("approved"),
  PENDING("pending"),
  DENIED("denied"),
  CANCELLED("cancelled");

  private final String wire;

  RegistrantStatus(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }
}
