package io.rollcall.attendance.rest;

import io.rollcall.attendance.rest.AttendanceViews.Instance;
import io.rollcall.attendance.rest.AttendanceViews.InstanceAttendanceView;
import io.rollcall.attendance.rest.AttendanceViews.Instances;
import io.rollcall.attendance.service.AttendanceQueryService;
import io.rollcall.attendance.service.InstanceAttendance;
import io.rollcall.support.rest.Problem;
import io.rollcall.support.security.Caller;
import io.rollcall.support.tenant.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A meeting's instances and attendance, for the caller's tenant only: another tenant's meeting
 * answers 404 like an unknown one.
 */
@RolesAllowed(Scopes.ATTENDANCE_READ)
@Path("/meetings/{meeting_id}")
public class MeetingAttendanceResource {

  static final String CSV = "text/csv";

  private final AttendanceQueryService query;
  private final Caller caller;

  public MeetingAttendanceResource(AttendanceQueryService query, Caller caller) {
    this.query = query;
    this.caller = caller;
  }

  @GET
  @Path("/instances")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The meeting's instances, newest first")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Instances.class),
              examples = @ExampleObject(name = "one instance", value = ApiExamples.INSTANCES)))
  @APIResponse(
      responseCode = "404",
      description = "No instance of the meeting has been seen (in the caller's tenant)",
      content = @Content(mediaType = Problem.MEDIA_TYPE, example = ApiExamples.NOT_FOUND))
  @APIResponse(
      responseCode = "400",
      description = "meeting_id is not a meeting number",
      content = @Content(mediaType = Problem.MEDIA_TYPE, example = ApiExamples.BAD_REQUEST))
  @APIResponse(
      responseCode = "401",
      description = "Missing or wrong API key",
      content = @Content(mediaType = Problem.MEDIA_TYPE, example = ApiExamples.UNAUTHORIZED))
  public Instances instances(@PathParam("meeting_id") String meetingId) {
    return new Instances(
        meetingId,
        query.instances(caller.tenant(), Params.meetingId(meetingId)).stream()
            .map(Instance::of)
            .toList());
  }

  @GET
  @Path("/attendance")
  @Produces({MediaType.APPLICATION_JSON, CSV})
  @Operation(
      summary = "One instance's attendance, per person",
      description =
          "One entry per resolved person (all their connections merged, overlaps counted once)"
              + " and one per unresolved connection chain. The latest instance unless"
              + " `instance` names one. `Accept: text/csv` gives one CSV row per attendee.")
  @APIResponse(
      responseCode = "200",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InstanceAttendanceView.class),
            examples = @ExampleObject(name = "ended instance", value = ApiExamples.ATTENDANCE)),
        @Content(mediaType = CSV, example = ApiExamples.CSV)
      })
  @APIResponse(
      responseCode = "404",
      description = "Unknown meeting (or another tenant's), or an instance not of this meeting",
      content = @Content(mediaType = Problem.MEDIA_TYPE, example = ApiExamples.NOT_FOUND))
  @APIResponse(
      responseCode = "400",
      description = "Bad meeting_id or instance",
      content = @Content(mediaType = Problem.MEDIA_TYPE, example = ApiExamples.BAD_REQUEST))
  @APIResponse(
      responseCode = "401",
      description = "Missing or wrong API key",
      content = @Content(mediaType = Problem.MEDIA_TYPE, example = ApiExamples.UNAUTHORIZED))
  public Response attendance(
      @PathParam("meeting_id") String meetingId,
      @Parameter(description = "Meeting instance uuid (URL-encoded); the latest if absent")
          @QueryParam("instance")
          String instance,
      @Context HttpHeaders headers) {
    InstanceAttendance attendance =
        query.attendance(
            caller.tenant(),
            Params.meetingId(meetingId),
            Params.optionalText("instance", instance));
    if (wantsCsv(headers)) {
      return Response.ok(AttendanceCsv.render(attendance), CSV + ";charset=UTF-8").build();
    }
    return Response.ok(InstanceAttendanceView.of(attendance), MediaType.APPLICATION_JSON).build();
  }

  /** CSV only when the client prefers it to JSON; JSON for wildcards. */
  private static boolean wantsCsv(HttpHeaders headers) {
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return false;
      }
      if (type.isCompatible(MediaType.valueOf(CSV))) {
        return true;
      }
    }
    return false;
  }
}
