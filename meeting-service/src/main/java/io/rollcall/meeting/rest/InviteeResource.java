package io.rollcall.meeting.rest;

import io.rollcall.meeting.config.MeetingConfig;
import io.rollcall.meeting.domain.InviteesRequest;
import io.rollcall.meeting.domain.ProblemException;
import io.rollcall.meeting.service.InviteeResult;
import io.rollcall.meeting.service.InviteeService;
import io.rollcall.support.security.Caller;
import io.rollcall.support.tenant.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RolesAllowed(Scopes.MEETINGS_WRITE)
@Path("/meetings/{meeting_id}/invitees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "api_key")
public class InviteeResource {
  private final InviteeService invitees;
  private final String publicUrl;
  private final Caller caller;

  public InviteeResource(InviteeService invitees, MeetingConfig config, Caller caller) {
    this.invitees = invitees;
    this.caller = caller;
    this.publicUrl = config.publicUrl();
  }

  @POST
  @Operation(
      summary = "Register invitees, one Zoom registrant link each",
      description =
          "Idempotent per (meeting, ref). Each invitee's outcome is issued, existing or failed;"
              + " repeating the request completes the failed ones.")
  public InviteesResponse register(
      @PathParam("meeting_id") String meetingId, InviteesRequest request) {
    if (request == null) {
      throw ProblemException.badRequest("a JSON body is required");
    }
    List<InviteeResult> results = invitees.register(caller.tenant(), meetingId, request);
    return new InviteesResponse(
        meetingId,
        results.stream().map(r -> InviteeView.of(r, publicUrl)).toList(),
        (int) results.stream().filter(InviteeResult::failed).count());
  }

  @GET
  @Operation(summary = "The meeting's invitees and their links")
  public InviteesResponse list(@PathParam("meeting_id") String meetingId) {
    return new InviteesResponse(
        meetingId,
        invitees.list(caller.tenant(), meetingId).stream()
            .map(l -> InviteeView.of(l, null, publicUrl))
            .toList(),
        null);
  }

  @GET
  @Path("/{ref}")
  @Operation(summary = "One invitee's link")
  public InviteeView get(@PathParam("meeting_id") String meetingId, @PathParam("ref") String ref) {
    return InviteeView.of(invitees.find(caller.tenant(), meetingId, ref), null, publicUrl);
  }

  @DELETE
  @Path("/{ref}")
  @Operation(summary = "Revoke an invitee's link (cancels the registrant in Zoom)")
  public InviteeView revoke(
      @PathParam("meeting_id") String meetingId, @PathParam("ref") String ref) {
    return InviteeView.of(invitees.revoke(caller.tenant(), meetingId, ref), null, publicUrl);
  }
}
