package io.rollcall.attendance.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rollcall.attendance.service.AssignmentService;
import io.rollcall.attendance.service.AssignmentTarget;
import io.rollcall.events.AssignmentChanged;
import io.rollcall.support.rest.Problem;
import io.rollcall.support.security.Caller;
import io.rollcall.support.tenant.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * An operator's manual correction of one connection: {@code PUT} assigns it (and its chain) to an
 * invitee, {@code DELETE} withdraws that. Answers {@code 202} with the accepted {@link
 * AssignmentChanged}: the attendance shows it once identity-service has applied it (method {@code
 * manual}). The instance uuid and connection id are URL-encoded path segments. The meeting, the
 * connection and the ref must be the caller's tenant's (another tenant's meeting is 404, another
 * tenant's ref 422 like any unknown ref); the event carries the tenant.
 */
@RolesAllowed(Scopes.ADMIN)
@Path("/meetings/{meeting_id}/instances/{instance_uuid}/connections/{connection_id}/assignment")
public class AssignmentResource {

  /** The body of {@code PUT} (both required) and, optionally, of {@code DELETE} (reason only). */
  public record AssignmentRequest(String ref, String reason) {}

  private final AssignmentService assignments;
  private final ObjectMapper json;
  private final Caller caller;

  public AssignmentResource(AssignmentService assignments, ObjectMapper json, Caller caller) {
    this.assignments = assignments;
    this.json = json;
    this.caller = caller;
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Assign a connection (and its chain) to an invitee",
      description =
          "Recorded as an event on rollcall.assignments.v1; the attendance shows method manual"
              + " with the assignment once identity-service has applied it.")
  @APIResponse(
      responseCode = "202",
      description = "Accepted: the event written",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AssignmentChanged.class),
              examples = @ExampleObject(name = "assigned", value = ApiExamples.ASSIGNED)))
  @APIResponse(
      responseCode = "404",
      description = "Unknown meeting, instance, or connection of that instance",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "403",
      description = "The credential lacks the admin scope",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "Missing ref or reason, or a ref that is not an invitee of the meeting",
      content = @Content(mediaType = Problem.MEDIA_TYPE, example = ApiExamples.NOT_AN_INVITEE))
  @APIResponse(
      responseCode = "401",
      description = "Missing or wrong API key",
      content = @Content(mediaType = Problem.MEDIA_TYPE, example = ApiExamples.UNAUTHORIZED))
  public Response assign(
      @PathParam("meeting_id") String meetingId,
      @Parameter(description = "Meeting instance uuid (URL-encoded)") @PathParam("instance_uuid")
          String instanceUuid,
      @Parameter(description = "A session's connection_id (URL-encoded), e.g. u:16778240")
          @PathParam("connection_id")
          String connectionId,
      AssignmentRequest body) {
    AssignmentRequest request = body == null ? new AssignmentRequest(null, null) : body;
    AssignmentChanged accepted =
        assignments.assign(
            target(meetingId, instanceUuid, connectionId),
            request.ref(),
            request.reason(),
            caller.id());
    return Response.accepted(accepted).type(MediaType.APPLICATION_JSON).build();
  }

  @DELETE
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Withdraw a connection's assignment",
      description =
          "Optional reason in a JSON body {\"reason\"} or the query. identity-service resolves the"
              + " connection by the evidence again.")
  @APIResponse(
      responseCode = "202",
      description = "Accepted: the event written",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AssignmentChanged.class)))
  @APIResponse(
      responseCode = "404",
      description = "Unknown meeting, instance, or connection of that instance",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "401",
      description = "Missing or wrong API key",
      content = @Content(mediaType = Problem.MEDIA_TYPE, example = ApiExamples.UNAUTHORIZED))
  public Response withdraw(
      @PathParam("meeting_id") String meetingId,
      @PathParam("instance_uuid") String instanceUuid,
      @PathParam("connection_id") String connectionId,
      @Parameter(description = "Why (optional; or in the body)") @QueryParam("reason")
          String reason,
      String body)
      throws IOException {
    String why = reason != null ? reason : bodyReason(body);
    AssignmentChanged accepted =
        assignments.withdraw(target(meetingId, instanceUuid, connectionId), why, caller.id());
    return Response.accepted(accepted).type(MediaType.APPLICATION_JSON).build();
  }

  /** The optional JSON body of a withdrawal: its {@code reason}, if any. */
  private String bodyReason(String body) throws IOException {
    if (body == null || body.isBlank()) {
      return null;
    }
    AssignmentRequest request = json.readValue(body, AssignmentRequest.class);
    return request == null ? null : request.reason();
  }

  /** The connection named, in the caller's tenant. */
  private AssignmentTarget target(String meetingId, String instanceUuid, String connectionId) {
    return new AssignmentTarget(
        caller.tenant(),
        Params.meetingId(meetingId),
        Params.text("instance_uuid", instanceUuid),
        Params.text("connection_id", connectionId));
  }
}
