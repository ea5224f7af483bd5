package io.rollcall.meeting.rest;

import io.rollcall.meeting.service.TrackedLinkService;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Public tracked redirect: the unguessable token is the credential. */
@Path("/l")
@PermitAll
public class TrackedLinkResource {
  private final TrackedLinkService tracked;

  public TrackedLinkResource(TrackedLinkService tracked) {
    this.tracked = tracked;
  }

  @GET
  @Path("/{token}")
  @Operation(summary = "Record the click and forward to the invitee's Zoom link (302)")
  public Response follow(
      @PathParam("token") String token, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
    return Response.status(Response.Status.FOUND)
        .location(URI.create(tracked.click(token, userAgent)))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Referrer-Policy", "no-referrer")
        .build();
  }
}
