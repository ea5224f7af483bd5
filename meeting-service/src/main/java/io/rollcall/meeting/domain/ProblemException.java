package io.rollcall.meeting.domain;

/** A failure our caller can act on, answered as problem+json with this status and detail. */
public class ProblemException extends RuntimeException {
  private final int status;
  private final String title;

  public ProblemException(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  public static ProblemException badRequest(String detail) {
    return new ProblemException(400, "Invalid request", detail);
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(404, "Not found", detail);
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(409, "Conflict", detail);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }
}
