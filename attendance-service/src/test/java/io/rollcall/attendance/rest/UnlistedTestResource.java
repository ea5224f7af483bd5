package io.rollcall.attendance.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A test-only endpoint the service's code knows nothing about. */
@Path("/test-unlisted")
public class UnlistedTestResource {

  /** Names no scope: denied to every caller (401 without a credential, 403 with one). */
  @GET
  public String hello() {
    return "hello";
  }
}
