package io.rollcall.support.rest;

import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json}. Every error answer of
 * every Rollcall service has this shape: {@code type} is always {@code about:blank}, so {@code
 * title} is the HTTP reason phrase or a short summary and {@code detail} says what to do about it.
 * There is no {@code instance} member: none of our errors names a resource of its own.
 */
public record Problem(String type, String title, int status, String detail) {

  /** The media type of a problem detail. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** The problem type meaning "nothing beyond the HTTP status". */
  public static final String ABOUT_BLANK = "about:blank";

  /** A problem answer whose title is the status's reason phrase. */
  public static Response response(Response.StatusType status, String detail) {
    return response(status.getStatusCode(), status.getReasonPhrase(), detail);
  }

  /** A problem answer with its own title. */
  public static Response response(int status, String title, String detail) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(new Problem(ABOUT_BLANK, title, status, detail))
        .build();
  }
}
