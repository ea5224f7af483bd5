package io.rollcall.attendance.rest;

import io.quarkus.security.ForbiddenException;
import io.rollcall.attendance.service.RebuildService;
import io.rollcall.support.rest.Problem;
import io.rollcall.support.security.Caller;
import io.rollcall.support.tenant.Scopes;
import io.rollcall.support.tenant.Tenants;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The operator's maintenance of attendance-service. A rebuild is global: it wipes and replays the
 * projection of every tenant at once (the topic holds them all), so only the operator may run it,
 * that is an {@code admin} credential of the default tenant (the single-account variables' tenant,
 * {@code ROLLCALL_API_KEYS}); another tenant's admin gets 403. Erased people stay erased.
 */
@RolesAllowed(Scopes.ADMIN)
@Path("/admin")
public class AdminResource {

  private final RebuildService rebuild;
  private final Caller caller;
  private final Tenants tenants;

  public AdminResource(RebuildService rebuild, Caller caller, Tenants tenants) {
    this.rebuild = rebuild;
    this.caller = caller;
    this.tenants = tenants;
  }

  @POST
  @Path("/rebuild")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Rebuild the projection from rollcall.participants.v1, for every tenant",
      description =
          "Wipes the projection of every tenant and replays the topic from the beginning; answers"
              + " when done. Already published attendance events are not published again; erased"
              + " people stay erased. Only the default tenant's admin credentials (the operator's)"
              + " may run it.")
  @APIResponse(
      responseCode = "403",
      description = "Not an admin credential of the default tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public RebuildService.Result rebuild() {
    if (!tenants.defaultTenant().accountId().equals(caller.tenant())) {
      throw new ForbiddenException(
          "a rebuild replays every tenant's attendance: only the operator (an admin credential of"
              + " the default tenant) may run it");
    }
    return rebuild.rebuild();
  }
}
