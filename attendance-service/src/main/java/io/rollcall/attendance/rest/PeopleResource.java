package io.rollcall.attendance.rest;

import io.rollcall.attendance.rest.AttendanceViews.PersonAttendance;
import io.rollcall.attendance.rest.AttendanceViews.PersonInstance;
import io.rollcall.attendance.service.AttendanceQueryService;
import io.rollcall.support.rest.Problem;
import io.rollcall.support.security.Caller;
import io.rollcall.support.tenant.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * One person's attendance. A ref is the caller's id of a person, unique only within a tenant: the
 * answer holds the caller's tenant's meetings only, whatever other tenants call someone.
 */
@RolesAllowed(Scopes.ATTENDANCE_READ)
@Path("/people/{ref}/attendance")
public class PeopleResource {

  private final AttendanceQueryService query;
  private final Caller caller;

  public PeopleResource(AttendanceQueryService query, Caller caller) {
    this.query = query;
    this.caller = caller;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One person's attendance across meetings, newest instance first")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PersonAttendance.class),
              examples = @ExampleObject(name = "one instance", value = ApiExamples.PERSON)))
  @APIResponse(
      responseCode = "404",
      description = "No attendance recorded for the person in the caller's tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE, example = ApiExamples.NOT_FOUND))
  @APIResponse(
      responseCode = "400",
      description = "Bad from/to",
      content = @Content(mediaType = Problem.MEDIA_TYPE, example = ApiExamples.BAD_REQUEST))
  @APIResponse(
      responseCode = "401",
      description = "Missing or wrong API key",
      content = @Content(mediaType = Problem.MEDIA_TYPE, example = ApiExamples.UNAUTHORIZED))
  public PersonAttendance person(
      @PathParam("ref") String ref,
      @Parameter(description = "Instances started at or after (ISO-8601 instant or date)")
          @QueryParam("from")
          String from,
      @Parameter(description = "Instances started before (ISO-8601 instant or date)")
          @QueryParam("to")
          String to) {
    String person = Params.text("ref", ref);
    return new PersonAttendance(
        person,
        query
            .person(caller.tenant(), person, Params.time("from", from), Params.time("to", to))
            .stream()
            .map(PersonInstance::of)
            .toList());
  }
}
