package io.rollcall.meeting.rest;

import io.rollcall.meeting.service.HostLinkService;
import io.rollcall.meeting.service.SdkSignatureService;
import io.rollcall.support.security.Caller;
import io.rollcall.support.tenant.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Host and Meeting SDK credentials: answers are secrets, never cached. The SDK signature needs
 * {@code meetings:write} (the class's scope); the host link needs {@code host-links} (the method's
 * {@code @RolesAllowed} replaces the class's). Both only for the caller's tenant's meetings.
 */
@RolesAllowed(Scopes.MEETINGS_WRITE)
@Path("/meetings/{meeting_id}")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "api_key")
public class TokenResource {
  private final HostLinkService hostLinks;
  private final SdkSignatureService signatures;
  private final Caller caller;

  public TokenResource(HostLinkService hostLinks, SdkSignatureService signatures, Caller caller) {
    this.hostLinks = hostLinks;
    this.caller = caller;
    this.signatures = signatures;
  }

  @POST
  @Path("/host-link")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Scopes.HOST_LINKS)
  @Operation(
      summary = "A fresh start URL and ZAK for the meeting's own host",
      description = "Short-lived host credentials; never stored, never logged. Body: {\"host\"}.")
  public Response hostLink(@PathParam("meeting_id") String meetingId, HostLinkRequest request) {
    var link = hostLinks.issue(caller.tenant(), meetingId, request == null ? null : request.host());
    return noStore(Response.ok(link));
  }

  // No body, so no @Consumes: a request without Content-Type reaches the scope check (401/403)
  // instead of being refused as 415 before it.
  @POST
  @Path("/invitees/{ref}/sdk-signature")
  @Operation(
      summary = "Meeting SDK participant signature, customer key and registrant token",
      description = "role is always 0 (participant): invitee credentials never carry host rights.")
  public Response sdkSignature(
      @PathParam("meeting_id") String meetingId, @PathParam("ref") String ref) {
    return noStore(Response.ok(signatures.sign(caller.tenant(), meetingId, ref)));
  }

  private static Response noStore(Response.ResponseBuilder builder) {
    CacheControl cache = new CacheControl();
    cache.setNoStore(true);
    cache.setNoCache(true);
    return builder.cacheControl(cache).build();
  }
}
