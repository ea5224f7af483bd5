package io.rollcall.meeting.rest;

import io.rollcall.meeting.domain.ProblemException;
import io.rollcall.meeting.domain.ScheduleRequest;
import io.rollcall.meeting.service.SchedulingService;
import io.rollcall.support.security.Caller;
import io.rollcall.support.tenant.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RolesAllowed(Scopes.MEETINGS_WRITE)
@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "api_key")
public class MeetingResource {
  private final SchedulingService scheduling;
  private final Caller caller;

  public MeetingResource(SchedulingService scheduling, Caller caller) {
    this.scheduling = scheduling;
    this.caller = caller;
  }

  @POST
  @Operation(
      summary = "Schedule a meeting with registration required and auto-approval",
      description =
          "Identity-relevant settings are explicit; the settings Zoom applied are echoed.")
  public Response schedule(ScheduleRequest request) {
    if (request == null) {
      throw ProblemException.badRequest("a JSON body is required");
    }
    var meeting = scheduling.schedule(caller.tenant(), request);
    return Response.created(URI.create("/meetings/" + meeting.meetingId()))
        .entity(MeetingView.of(meeting, request.effectiveSettings()))
        .build();
  }

  @GET
  @Path("/{meeting_id}")
  @Operation(summary = "A meeting scheduled through Rollcall, with the settings Zoom applied")
  public MeetingView get(@PathParam("meeting_id") String meetingId) {
    return MeetingView.of(scheduling.find(caller.tenant(), meetingId), null);
  }
}
