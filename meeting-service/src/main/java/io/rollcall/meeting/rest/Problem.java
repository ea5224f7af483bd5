package io.rollcall.meeting.rest;

import jakarta.ws.rs.core.Response;

/** RFC 9457 problem details. */
public record Problem(String type, String title, int status, String detail, String instance) {
  public static final String MEDIA_TYPE = "application/problem+json";

  public static Response response(int status, String title, String detail) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(new Problem("about:blank", title, status, detail, null))
        .build();
  }
}
