package io.rollcall.attendance.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A test-only endpoint the service's code knows nothing about. */
@Path("/test-unlisted")
public class UnlistedTestResource {

  /** Answers only a caller with a key. */
  @GET
  public String hello() {
    return "hello";
  }
}
