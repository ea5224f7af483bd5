package io.rollcall.simulator.domain;

/** An error answered the way Zoom answers: an HTTP status and a body {"code", "message"}. */
public class ZoomApiException extends RuntimeException {

  private final int status;
  private final int code;

  public ZoomApiException(int status, int code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public int code() {
    return code;
  }

  public static ZoomApiException meetingNotFound(Object meetingId) {
    return new ZoomApiException(404, 3001, "Meeting does not exist: " + meetingId + ".");
  }

  /** Zoom's answer for a webinar id that is not a webinar (or does not exist). */
  public static ZoomApiException webinarNotFound(Object webinarId) {
    return new ZoomApiException(404, 3001, "Webinar does not exist: " + webinarId + ".");
  }

  public static ZoomApiException userNotFound(String userId) {
    return new ZoomApiException(404, 1001, "User does not exist: " + userId + ".");
  }

  public static ZoomApiException validation(String message) {
    return new ZoomApiException(400, 300, message);
  }
}
