package io.rollcall.attendance.service;

/** A meeting, instance or person the projection does not know (HTTP 404). */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
