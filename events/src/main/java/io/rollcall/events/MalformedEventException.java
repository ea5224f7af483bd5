package io.rollcall.events;

/** A message that cannot be read as the contract says; consumers dead-letter it. */
public class MalformedEventException extends RuntimeException {
  public MalformedEventException(String message) {
    super(message);
  }

  public MalformedEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
