package io.rollcall.simulator.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollcall.simulator.service.ApiClass;
import io.rollcall.simulator.service.ApiGuard;
import io.rollcall.simulator.service.MeetingService;
import io.rollcall.simulator.service.PanelistService;
import io.rollcall.simulator.service.RegistrantService;
import io.rollcall.simulator.service.SimState;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * Zoom's webinar endpoints: create for a user, get, registrants (the meetings' registrant rules:
 * one link per email, {@code join_url} with {@code ?tk=}) and panelists. A webinar id that is a
 * meeting's, another account's, or unknown, is 404/3001. Rate classes as in Zoom's webinar API
 * reference.
 */
@Path("/v2")
public class WebinarResource {

  private final ApiGuard guard;
  private final SimState state;
  private final MeetingService meetings;
  private final RegistrantService registrants;
  private final PanelistService panelists;

  public WebinarResource(
      ApiGuard guard,
      SimState state,
      MeetingService meetings,
      RegistrantService registrants,
      PanelistService panelists) {
    this.guard = guard;
    this.state = state;
    this.meetings = meetings;
    this.registrants = registrants;
    this.panelists = panelists;
  }

  @POST
  @Path("/users/{userId}/webinars")
  public Response create(
      @HeaderParam("Authorization") String auth,
      @PathParam("userId") String userId,
      ObjectNode request) {
    String account = guard.check(auth, ApiClass.MEDIUM);
    return Response.status(201)
        .entity(meetings.createWebinar(account, userId, MeetingResource.orEmpty(request)))
        .build();
  }

  @GET
  @Path("/webinars/{webinarId}")
  public ObjectNode get(
      @HeaderParam("Authorization") String auth, @PathParam("webinarId") String webinarId) {
    String account = guard.check(auth, ApiClass.LIGHT);
    state.webinar(webinarId, account);
    return meetings.getWebinar(webinarId);
  }

  @POST
  @Path("/webinars/{webinarId}/registrants")
  public Response addRegistrant(
      @HeaderParam("Authorization") String auth,
      @PathParam("webinarId") String webinarId,
      ObjectNode request) {
    String account = guard.check(auth, ApiClass.LIGHT);
    state.webinar(webinarId, account);
    return Response.status(201)
        .entity(registrants.add(webinarId, MeetingResource.orEmpty(request)))
        .build();
  }

  @GET
  @Path("/webinars/{webinarId}/registrants")
  public ObjectNode listRegistrants(
      @HeaderParam("Authorization") String auth,
      @PathParam("webinarId") String webinarId,
      @QueryParam("status") String status,
      @QueryParam("page_size") Integer pageSize,
      @QueryParam("next_page_token") String pageToken) {
    String account = guard.check(auth, ApiClass.MEDIUM);
    state.webinar(webinarId, account);
    return registrants.list(webinarId, status, pageSize, pageToken);
  }

  @PUT
  @Path("/webinars/{webinarId}/registrants/status")
  public Response updateRegistrantStatus(
      @HeaderParam("Authorization") String auth,
      @PathParam("webinarId") String webinarId,
      ObjectNode request) {
    String account = guard.check(auth, ApiClass.MEDIUM);
    state.webinar(webinarId, account);
    registrants.updateStatus(webinarId, MeetingResource.orEmpty(request));
    return Response.noContent().build();
  }

  @POST
  @Path("/webinars/{webinarId}/panelists")
  public Response addPanelists(
      @HeaderParam("Authorization") String auth,
      @PathParam("webinarId") String webinarId,
      ObjectNode request) {
    String account = guard.check(auth, ApiClass.MEDIUM);
    state.webinar(webinarId, account);
    return Response.status(201)
        .entity(panelists.add(webinarId, MeetingResource.orEmpty(request)))
        .build();
  }

  @DELETE
  @Path("/webinars/{webinarId}/panelists/{panelistId}")
  public Response removePanelist(
      @HeaderParam("Authorization") String auth,
      @PathParam("webinarId") String webinarId,
      @PathParam("panelistId") String panelistId) {
    String account = guard.check(auth, ApiClass.LIGHT);
    state.webinar(webinarId, account);
    panelists.remove(webinarId, panelistId);
    return Response.noContent().build();
  }

  @GET
  @Path("/webinars/{webinarId}/panelists")
  public ObjectNode listPanelists(
      @HeaderParam("Authorization") String auth, @PathParam("webinarId") String webinarId) {
    String account = guard.check(auth, ApiClass.MEDIUM);
    state.webinar(webinarId, account);
    return panelists.list(webinarId);
  }
}
