package io.rollcall.attendance.rest;

import io.rollcall.attendance.service.RebuildService;
import io.rollcall.support.tenant.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@RolesAllowed(Scopes.ADMIN)
@Path("/admin")
public class AdminResource {

  private final RebuildService rebuild;

  public AdminResource(RebuildService rebuild) {
    this.rebuild = rebuild;
  }

  @POST
  @Path("/rebuild")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Rebuild the projection from rollcall.participants.v1",
      description =
          "Wipes the projection and replays the topic from the beginning; answers when done."
              + " Already published attendance events are not published again.")
  public RebuildService.Result rebuild() {
    return rebuild.rebuild();
  }
}
