package io.rollcall.simulator.rest;

import io.rollcall.simulator.domain.Quirks;
import io.rollcall.simulator.service.ConnectionView;
import io.rollcall.simulator.service.InstanceView;
import io.rollcall.simulator.service.JoinRequest;
import io.rollcall.simulator.service.LiveMeetingService;
import io.rollcall.simulator.service.SimState;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Map;

/** The control API for meetings that happen: /sim/meetings/{meetingId}/... */
@Path("/sim/meetings/{meetingId}")
public class ControlResource {

  private final LiveMeetingService live;
  private final SimState state;

  public ControlResource(LiveMeetingService live, SimState state) {
    this.live = live;
    this.state = state;
  }

  @GET
  @Path("/instance")
  public InstanceView instance(@PathParam("meetingId") String meetingId) {
    return live.current(meetingId);
  }

  @POST
  @Path("/start")
  public InstanceView start(@PathParam("meetingId") String meetingId, ActionRequest body) {
    ActionRequest r = ActionRequest.orEmpty(body);
    return live.start(meetingId, r.at(), r.uuid());
  }

  @POST
  @Path("/join")
  public ConnectionView join(@PathParam("meetingId") String meetingId, JoinRequest request) {
    return live.join(meetingId, request);
  }

  @POST
  @Path("/people/{person}/leave")
  public ConnectionView leave(
      @PathParam("meetingId") String meetingId,
      @PathParam("person") String person,
      ActionRequest body) {
    ActionRequest r = ActionRequest.orEmpty(body);
    return live.leave(meetingId, person, r.reason(), r.at());
  }

  @POST
  @Path("/people/{person}/rejoin")
  public ConnectionView rejoin(
      @PathParam("meetingId") String meetingId,
      @PathParam("person") String person,
      JoinRequest changes) {
    return live.rejoin(meetingId, person, changes);
  }

  @POST
  @Path("/people/{person}/admit")
  public ConnectionView admit(
      @PathParam("meetingId") String meetingId,
      @PathParam("person") String person,
      ActionRequest body) {
    return live.admit(meetingId, person, ActionRequest.orEmpty(body).at());
  }

  @POST
  @Path("/people/{person}/put-in-waiting-room")
  public ConnectionView putInWaitingRoom(
      @PathParam("meetingId") String meetingId,
      @PathParam("person") String person,
      ActionRequest body) {
    return live.putInWaitingRoom(meetingId, person, ActionRequest.orEmpty(body).at());
  }

  @POST
  @Path("/people/{person}/role")
  public ConnectionView role(
      @PathParam("meetingId") String meetingId,
      @PathParam("person") String person,
      ActionRequest body) {
    ActionRequest r = ActionRequest.orEmpty(body);
    String role = r.newRole() == null ? "co-host" : r.newRole();
    return live.changeRole(meetingId, person, role, r.at());
  }

  /** Opens breakout rooms: {@code {"rooms": ["Room 1", …]}} → name → breakout_room_uuid. */
  @POST
  @Path("/breakout-rooms")
  public Map<String, String> openBreakoutRooms(
      @PathParam("meetingId") String meetingId, ActionRequest body) {
    return live.openBreakoutRooms(meetingId, ActionRequest.orEmpty(body).rooms());
  }

  /** The host's assignment: {@code {"assignments": {"alice": "Room 1", "bob": "main"}}}. */
  @POST
  @Path("/breakout-rooms/assign")
  public List<ConnectionView> assign(@PathParam("meetingId") String meetingId, ActionRequest body) {
    ActionRequest r = ActionRequest.orEmpty(body);
    return live.assign(meetingId, r.assignments() == null ? Map.of() : r.assignments(), r.at());
  }

  /** Closes every room: everyone in one goes back to the main session. */
  @POST
  @Path("/breakout-rooms/close")
  public InstanceView closeBreakoutRooms(
      @PathParam("meetingId") String meetingId, ActionRequest body) {
    return live.closeBreakoutRooms(meetingId, ActionRequest.orEmpty(body).at());
  }

  /** Moves one person: {@code {"room": "Room 2"}} or {@code {"room": "main"}}. */
  @POST
  @Path("/people/{person}/move")
  public ConnectionView move(
      @PathParam("meetingId") String meetingId,
      @PathParam("person") String person,
      ActionRequest body) {
    ActionRequest r = ActionRequest.orEmpty(body);
    return live.move(
        meetingId, person, r.room() == null ? LiveMeetingService.MAIN : r.room(), r.at());
  }

  /** The person's phone joins as a bound second leg: {@code {"phone_number": "+1…"}}. */
  @POST
  @Path("/people/{person}/phone")
  public ConnectionView phone(
      @PathParam("meetingId") String meetingId,
      @PathParam("person") String person,
      ActionRequest body) {
    ActionRequest r = ActionRequest.orEmpty(body);
    return live.bindPhone(meetingId, person, r.phoneNumber(), r.at());
  }

  @POST
  @Path("/end")
  public InstanceView end(@PathParam("meetingId") String meetingId, ActionRequest body) {
    return live.end(meetingId, ActionRequest.orEmpty(body).at());
  }

  @GET
  @Path("/quirks")
  public Quirks quirks(@PathParam("meetingId") String meetingId) {
    return state.quirksFor(state.meeting(meetingId));
  }

  /** Sets this meeting's quirks (fields left out follow the global quirks). */
  @PUT
  @Path("/quirks")
  public Quirks setQuirks(@PathParam("meetingId") String meetingId, Quirks quirks) {
    var meeting = state.meeting(meetingId);
    meeting.quirks(quirks.over(meeting.quirks()));
    return state.quirksFor(meeting);
  }
}
