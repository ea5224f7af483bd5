package io.rollcall.meeting.rest;

import io.rollcall.meeting.domain.InstanceUuids;
import io.rollcall.meeting.service.ReconciliationService;
import io.rollcall.support.security.Caller;
import io.rollcall.support.tenant.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * On-demand reconciliation of one meeting instance with Zoom's participants report. The uuid's path
 * segment may hold encoded slashes, hence the template that takes the rest of the path up to {@code
 * /reconcile}.
 */
@RolesAllowed(Scopes.ADMIN)
@Path("/meetings/{meeting_id}/instances")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "api_key")
public class ReconciliationResource {
  private final ReconciliationService reconciliation;
  private final Caller caller;

  public ReconciliationResource(ReconciliationService reconciliation, Caller caller) {
    this.reconciliation = reconciliation;
    this.caller = caller;
  }

  @POST
  @Path("/{instance_uuid: .+}/reconcile")
  @Operation(
      summary = "Reconcile an instance with Zoom's participants report, now",
      description =
          "Fetches GET /report/meetings/{uuid}/participants (every page) as soon as possible and"
              + " publishes each row, then a report_completed, on rollcall.reports.v1. A report"
              + " Zoom has not finished yet is fetched again later. Repeating the request fetches"
              + " again; rows already published keep their event ids.")
  @APIResponse(
      responseCode = "202",
      description = "Requested: {meeting_id, instance_uuid, trigger, state, due_at}")
  @APIResponse(responseCode = "404", description = "The meeting was not scheduled through Rollcall")
  @APIResponse(responseCode = "409", description = "The instance is recorded under another meeting")
  public Response reconcile(
      @PathParam("meeting_id") String meetingId,
      @Parameter(
              description =
                  "The instance uuid, percent-encoded (Zoom's double encoding is accepted too)")
          @PathParam("instance_uuid")
          @Encoded
          String instanceUuid) {
    return Response.accepted(
            ReconciliationView.of(
                reconciliation.requestNow(
                    caller.tenant(), meetingId, InstanceUuids.fromPath(instanceUuid))))
        .build();
  }
}
