package io.rollcall.attendance.repository;

/** A database failure; transient ones are retried by the consumer. */
public class RepositoryException extends RuntimeException {
  public RepositoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
