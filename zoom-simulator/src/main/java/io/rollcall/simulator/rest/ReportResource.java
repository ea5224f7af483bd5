package io.rollcall.simulator.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollcall.simulator.service.ApiClass;
import io.rollcall.simulator.service.ApiGuard;
import io.rollcall.simulator.service.ReportService;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * Post-meeting reports. The {meetingId} segment is taken still encoded so the uuid double-encoding
 * rule can be applied exactly as Zoom applies it. Only the token's account's meetings are found.
 */
@Path("/v2")
public class ReportResource {

  private final ApiGuard guard;
  private final ReportService reports;

  public ReportResource(ApiGuard guard, ReportService reports) {
    this.guard = guard;
    this.reports = reports;
  }

  @GET
  @Path("/report/meetings/{meetingId}/participants")
  public ObjectNode reportParticipants(
      @HeaderParam("Authorization") String auth,
      @Encoded @PathParam("meetingId") String meetingId,
      @QueryParam("page_size") Integer pageSize,
      @QueryParam("next_page_token") String pageToken,
      @QueryParam("include_fields") String includeFields) {
    String account = guard.check(auth, ApiClass.HEAVY);
    return reports.reportParticipants(account, meetingId, pageSize, pageToken, includeFields);
  }

  @GET
  @Path("/past_meetings/{meetingId}/participants")
  public ObjectNode pastParticipants(
      @HeaderParam("Authorization") String auth,
      @Encoded @PathParam("meetingId") String meetingId,
      @QueryParam("page_size") Integer pageSize,
      @QueryParam("next_page_token") String pageToken) {
    String account = guard.check(auth, ApiClass.MEDIUM);
    return reports.pastParticipants(account, meetingId, pageSize, pageToken);
  }

  @GET
  @Path("/past_meetings/{meetingId}/instances")
  public ObjectNode instances(
      @HeaderParam("Authorization") String auth, @PathParam("meetingId") String meetingId) {
    String account = guard.check(auth, ApiClass.MEDIUM);
    return reports.instances(account, meetingId);
  }
}
