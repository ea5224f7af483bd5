package io.rollcall.ingest.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only endpoints that fail the ways service-support's mappers handle: a JSON body to parse and
 * an unexpected exception. (The service's own endpoint reads raw bytes and maps its errors.)
 */
@Path("/test-problems")
public class ProblemTestResource {

  /** A JSON body of a fixed shape. */
  public record Numbered(int n) {}

  /** Parses a {@link Numbered}. */
  @POST
  @Path("/json")
  @Consumes(MediaType.APPLICATION_JSON)
  public int json(Numbered body) {
    return body.n();
  }

  /** Fails with a message that must not reach the caller. */
  @GET
  @Path("/boom")
  public String boom() {
    throw new IllegalStateException("attendee maria.lopez@example.edu broke it");
  }
}
