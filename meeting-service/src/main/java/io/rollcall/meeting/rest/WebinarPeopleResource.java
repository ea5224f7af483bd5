package io.rollcall.meeting.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rollcall.meeting.config.MeetingConfig;
import io.rollcall.meeting.domain.InviteeRequest;
import io.rollcall.meeting.domain.InviteesRequest;
import io.rollcall.meeting.domain.Link;
import io.rollcall.meeting.domain.ProblemException;
import io.rollcall.meeting.service.InviteeResult;
import io.rollcall.meeting.service.InviteeService;
import io.rollcall.meeting.service.PanelistService;
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

/**
 * A webinar's people, each with a link of their own, in the shape of a meeting's invitees:
 *
 * <ul>
 *   <li>{@code POST /webinars/{webinar_id}/attendees} {@code {"attendees": [{"ref", "email",
 *       "first_name", "last_name"}], "tracked_links"?}} → 200 {@code {"webinar_id", "attendees":
 *       [{"ref", "outcome", "registrant_id", "join_url", "link_id", "role": "attendee", ...}],
 *       "failed"}}: Zoom webinar registrants, idempotent per (webinar, ref);
 *   <li>{@code POST /webinars/{webinar_id}/panelists} {@code {"panelists": [...]}} → 200 {@code
 *       {"webinar_id", "panelists": [{"ref", "outcome", "panelist_id", "join_url", "link_id",
 *       "role": "panelist", ...}], "failed"}}: Zoom panelists (at most 100), idempotent per
 *       (webinar, ref);
 *   <li>{@code GET} on either lists them.
 * </ul>
 *
 * 400 for an invalid list, 404 when the webinar was not scheduled through Rollcall for the caller's
 * tenant (another tenant's webinar answers like an unknown one). {@code DELETE
 * /webinars/{webinar_id}/panelists/{ref}} removes a panelist in Zoom and revokes the link; an
 * attendee's link is revoked with {@code DELETE /meetings/{webinar_id}/invitees/{ref}}.
 */
@RolesAllowed(Scopes.MEETINGS_WRITE)
@Path("/webinars/{webinar_id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "api_key")
public class WebinarPeopleResource {
  private final InviteeService invitees;
  private final PanelistService panelists;
  private final String publicUrl;
  private final Caller caller;

  public WebinarPeopleResource(
      InviteeService invitees, PanelistService panelists, MeetingConfig config, Caller caller) {
    this.invitees = invitees;
    this.caller = caller;
    this.panelists = panelists;
    this.publicUrl = config.publicUrl();
  }

  /** {@code {"attendees": [...], "tracked_links"?}}. */
  public record AttendeesRequest(List<InviteeRequest> attendees, Boolean trackedLinks) {}

  /** {@code {"panelists": [...]}}. */
  public record PanelistsRequest(List<InviteeRequest> panelists) {}

  /** A webinar's attendees or panelists; for a registration, {@code failed} counts to retry. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record WebinarPeopleResponse(
      String webinarId, List<InviteeView> attendees, List<InviteeView> panelists, Integer failed) {}

  @POST
  @Path("/attendees")
  @Operation(summary = "Register webinar attendees, one Zoom registrant link each")
  public WebinarPeopleResponse registerAttendees(
      @PathParam("webinar_id") String webinarId, AttendeesRequest request) {
    if (request == null) {
      throw ProblemException.badRequest("a JSON body is required");
    }
    List<InviteeResult> results =
        invitees.registerAttendees(
            caller.tenant(),
            webinarId,
            new InviteesRequest(request.attendees(), request.trackedLinks()));
    return new WebinarPeopleResponse(webinarId, views(results), null, failed(results));
  }

  @GET
  @Path("/attendees")
  @Operation(summary = "The webinar's attendees and their links")
  public WebinarPeopleResponse attendees(@PathParam("webinar_id") String webinarId) {
    List<Link> links = invitees.listAttendees(caller.tenant(), webinarId);
    return new WebinarPeopleResponse(webinarId, linkViews(links), null, null);
  }

  @POST
  @Path("/panelists")
  @Operation(summary = "Add webinar panelists, one Zoom panelist link each")
  public WebinarPeopleResponse addPanelists(
      @PathParam("webinar_id") String webinarId, PanelistsRequest request) {
    if (request == null) {
      throw ProblemException.badRequest("a JSON body is required");
    }
    List<InviteeResult> results =
        panelists.add(caller.tenant(), webinarId, new InviteesRequest(request.panelists(), false));
    return new WebinarPeopleResponse(webinarId, null, views(results), failed(results));
  }

  @GET
  @Path("/panelists")
  @Operation(summary = "The webinar's panelists and their links")
  public WebinarPeopleResponse panelists(@PathParam("webinar_id") String webinarId) {
    return new WebinarPeopleResponse(
        webinarId, null, linkViews(panelists.list(caller.tenant(), webinarId)), null);
  }

  @DELETE
  @Path("/panelists/{ref}")
  @Operation(summary = "Remove a panelist in Zoom and revoke their link")
  public InviteeView removePanelist(
      @PathParam("webinar_id") String webinarId, @PathParam("ref") String ref) {
    return InviteeView.of(panelists.revoke(caller.tenant(), webinarId, ref), null, publicUrl);
  }

  private List<InviteeView> views(List<InviteeResult> results) {
    return results.stream().map(r -> InviteeView.of(r, publicUrl)).toList();
  }

  private List<InviteeView> linkViews(List<Link> links) {
    return links.stream().map(l -> InviteeView.of(l, null, publicUrl)).toList();
  }

  private static int failed(List<InviteeResult> results) {
    return (int) results.stream().filter(InviteeResult::failed).count();
  }
}
