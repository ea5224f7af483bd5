package io.rollcall.attendance.service;

/** A query parameter that cannot be used as given (HTTP 400). */
public class InvalidParameterException extends RuntimeException {
  public InvalidParameterException(String message) {
    super(message);
  }
}
