package io.rollcall.simulator.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollcall.simulator.service.ApiClass;
import io.rollcall.simulator.service.ApiGuard;
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

/** Zoom's registrant endpoints of one meeting of the token's account. */
@Path("/v2")
public class RegistrantResource {

  private final ApiGuard guard;
  private final SimState state;
  private final RegistrantService registrants;

  public RegistrantResource(ApiGuard guard, SimState state, RegistrantService registrants) {
    this.guard = guard;
    this.state = state;
    this.registrants = registrants;
  }

  @POST
  @Path("/meetings/{meetingId}/registrants")
  public Response add(
      @HeaderParam("Authorization") String auth,
      @PathParam("meetingId") String meetingId,
      ObjectNode request) {
    String account = guard.check(auth, ApiClass.LIGHT);
    state.meetingNotWebinar(meetingId, account);
    return Response.status(201)
        .entity(registrants.add(meetingId, MeetingResource.orEmpty(request)))
        .build();
  }

  @POST
  @Path("/meetings/{meetingId}/batch_registrants")
  public Response addBatch(
      @HeaderParam("Authorization") String auth,
      @PathParam("meetingId") String meetingId,
      ObjectNode request) {
    String account = guard.check(auth, ApiClass.HEAVY);
    state.meetingNotWebinar(meetingId, account);
    return Response.status(201)
        .entity(registrants.addBatch(meetingId, MeetingResource.orEmpty(request)))
        .build();
  }

  @GET
  @Path("/meetings/{meetingId}/registrants")
  public ObjectNode list(
      @HeaderParam("Authorization") String auth,
      @PathParam("meetingId") String meetingId,
      @QueryParam("status") String status,
      @QueryParam("page_size") Integer pageSize,
      @QueryParam("next_page_token") String pageToken) {
    String account = guard.check(auth, ApiClass.MEDIUM);
    state.meetingNotWebinar(meetingId, account);
    return registrants.list(meetingId, status, pageSize, pageToken);
  }

  @GET
  @Path("/meetings/{meetingId}/registrants/{registrantId}")
  public ObjectNode get(
      @HeaderParam("Authorization") String auth,
      @PathParam("meetingId") String meetingId,
      @PathParam("registrantId") String registrantId) {
    String account = guard.check(auth, ApiClass.LIGHT);
    state.meetingNotWebinar(meetingId, account);
    return registrants.get(meetingId, registrantId);
  }

  @PUT
  @Path("/meetings/{meetingId}/registrants/status")
  public Response updateStatus(
      @HeaderParam("Authorization") String auth,
      @PathParam("meetingId") String meetingId,
      ObjectNode request) {
    String account = guard.check(auth, ApiClass.MEDIUM);
    state.meetingNotWebinar(meetingId, account);
    registrants.updateStatus(meetingId, MeetingResource.orEmpty(request));
    return Response.noContent().build();
  }

  @DELETE
  @Path("/meetings/{meetingId}/registrants/{registrantId}")
  public Response delete(
      @HeaderParam("Authorization") String auth,
      @PathParam("meetingId") String meetingId,
      @PathParam("registrantId") String registrantId) {
    String account = guard.check(auth, ApiClass.LIGHT);
    state.meetingNotWebinar(meetingId, account);
    registrants.delete(meetingId, registrantId);
    return Response.noContent().build();
  }
}
