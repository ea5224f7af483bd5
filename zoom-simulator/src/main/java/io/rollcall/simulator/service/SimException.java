package io.rollcall.simulator.service;

/** A control-API (/sim) error, answered as application/problem+json. */
public class SimException extends RuntimeException {

  private final int status;

  public SimException(int status, String detail) {
    super(detail);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
