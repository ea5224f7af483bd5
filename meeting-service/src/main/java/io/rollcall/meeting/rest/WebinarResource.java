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

/**
 * {@code POST /webinars} (the body of {@code POST /meetings}) → 201 {@link WebinarView}; {@code GET
 * /webinars/{webinar_id}}. Webinars are scheduled with registration required and auto-approval
 * (Zoom's "Create a webinar", {@code POST /users/{userId}/webinars}).
 */
@RolesAllowed(Scopes.MEETINGS_WRITE)
@Path("/webinars")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "api_key")
public class WebinarResource {
  private final SchedulingService scheduling;
  private final Caller caller;

  public WebinarResource(SchedulingService scheduling, Caller caller) {
    this.scheduling = scheduling;
    this.caller = caller;
  }

  @POST
  @Operation(
      summary = "Schedule a webinar with registration required and auto-approval",
      description = "Each attendee and each panelist then gets a link of their own.")
  public Response schedule(ScheduleRequest request) {
    if (request == null) {
      throw ProblemException.badRequest("a JSON body is required");
    }
    var webinar = scheduling.scheduleWebinar(caller.tenant(), request);
    return Response.created(URI.create("/webinars/" + webinar.meetingId()))
        .entity(WebinarView.of(webinar))
        .build();
  }

  @GET
  @Path("/{webinar_id}")
  @Operation(summary = "A webinar scheduled through Rollcall, with the settings Zoom applied")
  public WebinarView get(@PathParam("webinar_id") String webinarId) {
    return WebinarView.of(scheduling.findWebinar(caller.tenant(), webinarId));
  }
}
