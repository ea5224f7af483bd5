package io.rollcall.meeting.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rollcall.meeting.service.ErasureService;
import io.rollcall.meeting.service.ErasureService.ErasureStatus;
import io.rollcall.meeting.service.ErasureService.Result;
import io.rollcall.meeting.service.ErasureService.ZoomFailure;
import io.rollcall.support.security.Caller;
import io.rollcall.support.tenant.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A person's right to be forgotten, for the caller's tenant (scope {@code admin}):
 *
 * <ul>
 *   <li>{@code DELETE /people/{ref}} → 200 {@link ErasureView}: the person's links are erased here
 *       and tombstoned on the links topic, and identity-service and attendance-service are asked to
 *       erase theirs ({@code pending}). A ref erased before with nothing left answers the earlier
 *       erasure again ({@code repeated: true}); an unknown ref 404.
 *   <li>{@code GET /people/{ref}/erasure} → 200 {@link ErasureView}: the latest erasure of the ref
 *       with every service's report so far; 404 when it was never erased.
 * </ul>
 */
@RolesAllowed(Scopes.ADMIN)
@Path("/people/{ref}")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "api_key")
public class PersonResource {
  private final ErasureService erasures;
  private final Caller caller;

  public PersonResource(ErasureService erasures, Caller caller) {
    this.erasures = erasures;
    this.caller = caller;
  }

  /**
   * An erasure and what each service erased.
   *
   * @param erased counts by service, then by kind of record (e.g. {@code {"meeting-service":
   *     {"links": 2, "link_clicks": 1, "outbox_messages": 2}}})
   * @param appliedAt when each service applied it
   * @param pending services whose report has not arrived yet
   * @param repeated on DELETE: the ref was already erased; this is that erasure
   * @param zoom on DELETE: what Zoom cancelled, and the links it could not
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ErasureView(
      String erasureId,
      String ref,
      String tenant,
      Instant requestedAt,
      Map<String, Map<String, Integer>> erased,
      Map<String, Instant> appliedAt,
      List<String> pending,
      Boolean repeated,
      ZoomView zoom) {

    static ErasureView of(ErasureStatus s, Boolean repeated, ZoomView zoom) {
      return new ErasureView(
          s.erasureId(),
          s.ref(),
          s.tenant(),
          s.requestedAt(),
          s.erased(),
          s.appliedAt(),
          s.pending(),
          repeated,
          zoom);
    }
  }

  /** Zoom's part of an erasure: registrants cancelled or panelists removed, and failures. */
  public record ZoomView(int cancelled, List<ZoomFailure> failed) {}

  @DELETE
  @Operation(
      summary = "Erase a person of the caller's tenant",
      description =
          "Deletes the person's invitee, attendee and panelist links (with their clicks), writes a"
              + " tombstone per link on rollcall.links.v1 and a person_erased on"
              + " rollcall.erasures.v1 in one transaction, then cancels the registrants at Zoom."
              + " identity-service and attendance-service erase theirs on reading it: see GET"
              + " /people/{ref}/erasure.")
  @APIResponse(responseCode = "200", description = "Erased (or erased before: repeated)")
  @APIResponse(responseCode = "404", description = "No such person in the caller's tenant")
  public ErasureView erase(@PathParam("ref") String ref) {
    Result result = erasures.erase(caller.tenant(), ref, caller.id());
    return ErasureView.of(
        result.status(),
        result.repeated() ? Boolean.TRUE : null,
        result.repeated() ? null : new ZoomView(result.zoomCancelled(), result.zoomFailed()));
  }

  @GET
  @Path("/erasure")
  @Operation(summary = "The latest erasure of a person, with every service's report")
  @APIResponse(responseCode = "404", description = "The person was never erased in this tenant")
  public ErasureView status(@PathParam("ref") String ref) {
    return ErasureView.of(erasures.status(caller.tenant(), ref), null, null);
  }
}
