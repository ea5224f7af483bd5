package io.rollcall.simulator.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollcall.simulator.service.ApiClass;
import io.rollcall.simulator.service.ApiGuard;
import io.rollcall.simulator.service.MeetingService;
import io.rollcall.simulator.service.SimState;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * Zoom's meeting endpoints: create for a user, get, update, delete; each sees only the meetings of
 * its token's account.
 */
@Path("/v2")
public class MeetingResource {

  private final ApiGuard guard;
  private final SimState state;
  private final MeetingService meetings;

  public MeetingResource(ApiGuard guard, SimState state, MeetingService meetings) {
    this.guard = guard;
    this.state = state;
    this.meetings = meetings;
  }

  @POST
  @Path("/users/{userId}/meetings")
  public Response create(
      @HeaderParam("Authorization") String auth,
      @PathParam("userId") String userId,
      ObjectNode request) {
    String account = guard.check(auth, ApiClass.MEDIUM);
    return Response.status(201).entity(meetings.create(account, userId, orEmpty(request))).build();
  }

  @GET
  @Path("/meetings/{meetingId}")
  public ObjectNode get(
      @HeaderParam("Authorization") String auth, @PathParam("meetingId") String meetingId) {
    String account = guard.check(auth, ApiClass.LIGHT);
    state.meetingNotWebinar(meetingId, account);
    return meetings.get(meetingId);
  }

  @PATCH
  @Path("/meetings/{meetingId}")
  public Response update(
      @HeaderParam("Authorization") String auth,
      @PathParam("meetingId") String meetingId,
      ObjectNode request) {
    String account = guard.check(auth, ApiClass.LIGHT);
    state.meetingNotWebinar(meetingId, account);
    meetings.update(meetingId, orEmpty(request));
    return Response.noContent().build();
  }

  @DELETE
  @Path("/meetings/{meetingId}")
  public Response delete(
      @HeaderParam("Authorization") String auth, @PathParam("meetingId") String meetingId) {
    String account = guard.check(auth, ApiClass.LIGHT);
    state.meetingNotWebinar(meetingId, account);
    meetings.delete(meetingId);
    return Response.noContent().build();
  }

  static ObjectNode orEmpty(ObjectNode request) {
    return request != null
        ? request
        : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
  }
}
