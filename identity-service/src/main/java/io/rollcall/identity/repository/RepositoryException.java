package io.rollcall.identity.repository;

/** A database operation failed; the surrounding transaction rolls back. */
public class RepositoryException extends RuntimeException {
  public RepositoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
