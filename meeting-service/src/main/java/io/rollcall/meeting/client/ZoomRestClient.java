package io.rollcall.meeting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The Zoom REST API endpoints meeting-service uses (ZOOM-FACTS §3.2–3.4), below {@code
 * ROLLCALL_ZOOM_API_URL} (default {@code https://api.zoom.us/v2}). Built by {@code
 * config.ClientProducers}; called only through {@link ZoomApi}, which adds the token, retries,
 * pacing and the circuit breaker. Every answer of 400 or above becomes a {@link ZoomApiException}
 * ({@link ZoomErrorMapper}).
 *
 * <p>Path parameters arrive already encoded ({@link ZoomPaths}): Zoom wants some meeting uuids
 * encoded twice, which a path template cannot say. Field names are Zoom's, spelled out, so they do
 * not depend on how our own JSON is named.
 */
@RegisterRestClient(configKey = "zoom-api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ZoomRestClient {

  /** {@code POST /users/{userId}/meetings}: Zoom's meeting object (id, settings applied, ...). */
  @POST
  @Path("/users/{userId}/meetings")
  JsonNode createMeeting(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
      @PathParam("userId") @Encoded String userId,
      Map<String, Object> meeting);

  /** {@code GET /meetings/{meetingId}}: carries a fresh {@code start_url}. */
  @GET
  @Path("/meetings/{meetingId}")
  JsonNode getMeeting(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
      @PathParam("meetingId") @Encoded String meetingId);

  /** {@code GET /webinars/{webinarId}} (Zoom's "Get a webinar"): carries a fresh start_url. */
  @GET
  @Path("/webinars/{webinarId}")
  JsonNode getWebinar(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
      @PathParam("webinarId") @Encoded String webinarId);

  /** {@code POST /meetings/{meetingId}/registrants}: one registrant, 201. */
  @POST
  @Path("/meetings/{meetingId}/registrants")
  RegistrantLink addRegistrant(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
      @PathParam("meetingId") @Encoded String meetingId,
      RegistrantBody registrant);

  /** {@code POST /meetings/{meetingId}/batch_registrants}: at most 30, scheduled meetings only. */
  @POST
  @Path("/meetings/{meetingId}/batch_registrants")
  BatchAnswer batchRegistrants(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
      @PathParam("meetingId") @Encoded String meetingId,
      BatchBody batch);

  /** {@code PUT /meetings/{meetingId}/registrants/status}: 204. */
  @PUT
  @Path("/meetings/{meetingId}/registrants/status")
  void updateRegistrantStatus(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
      @PathParam("meetingId") @Encoded String meetingId,
      StatusBody status);

  /** {@code GET /users/{userId}/token?type=zak&ttl=<seconds>}: the host's ZAK. A secret. */
  @GET
  @Path("/users/{userId}/token")
  UserToken userToken(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
      @PathParam("userId") @Encoded String userId,
      @QueryParam("type") String type,
      @QueryParam("ttl") long ttlSeconds);

  /**
   * {@code POST /users/{userId}/webinars} (Zoom's "Create a webinar"): Zoom's webinar object (id,
   * settings applied, ...).
   */
  @POST
  @Path("/users/{userId}/webinars")
  JsonNode createWebinar(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
      @PathParam("userId") @Encoded String userId,
      Map<String, Object> webinar);

  /** {@code POST /webinars/{webinarId}/registrants} (Zoom's "Add a webinar registrant"): 201. */
  @POST
  @Path("/webinars/{webinarId}/registrants")
  RegistrantLink addWebinarRegistrant(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
      @PathParam("webinarId") @Encoded String webinarId,
      RegistrantBody registrant);

  /** {@code PUT /webinars/{webinarId}/registrants/status}: 204. */
  @PUT
  @Path("/webinars/{webinarId}/registrants/status")
  void updateWebinarRegistrantStatus(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
      @PathParam("webinarId") @Encoded String webinarId,
      StatusBody status);

  /**
   * {@code POST /webinars/{webinarId}/panelists} (Zoom's "Add panelists"): 201 {@code {"id",
   * "updated_at"}}; the links come from {@link #listPanelists}.
   */
  @POST
  @Path("/webinars/{webinarId}/panelists")
  JsonNode addPanelists(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
      @PathParam("webinarId") @Encoded String webinarId,
      PanelistsBody panelists);

  /** {@code GET /webinars/{webinarId}/panelists} (Zoom's "List panelists"): with each join_url. */
  @GET
  @Path("/webinars/{webinarId}/panelists")
  PanelistList listPanelists(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
      @PathParam("webinarId") @Encoded String webinarId);

  /** {@code DELETE /webinars/{webinarId}/panelists/{panelistId}} (Zoom's "Remove a panelist"). */
  @DELETE
  @Path("/webinars/{webinarId}/panelists/{panelistId}")
  void removePanelist(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
      @PathParam("webinarId") @Encoded String webinarId,
      @PathParam("panelistId") @Encoded String panelistId);

  /**
   * {@code GET /report/meetings/{meetingId}/participants} (Zoom's "Get meeting participant
   * reports", ZOOM-FACTS §3.6): one page of the report of an instance (a uuid, {@link
   * ZoomPaths#meeting}) or of a meeting's latest instance (its number). {@code page_size} at most
   * 300; {@code next_page_token} from the previous page (valid 15 minutes), absent for the first;
   * {@code include_fields=registrant_id} adds the registrant id. 404 with code 3001 while the
   * report is not ready yet (and for an unknown instance).
   */
  @GET
  @Path("/report/meetings/{meetingId}/participants")
  ReportPage reportParticipants(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
      @PathParam("meetingId") @Encoded String meetingId,
      @QueryParam("include_fields") String includeFields,
      @QueryParam("page_size") int pageSize,
      @QueryParam("next_page_token") String nextPageToken);

  /**
   * {@code GET /past_meetings/{meetingId}/instances} (Zoom's "List past meeting instances"): the
   * uuids of a meeting's ended instances.
   */
  @GET
  @Path("/past_meetings/{meetingId}/instances")
  PastInstances pastInstances(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
      @PathParam("meetingId") @Encoded String meetingId);

  /** {@code HEAD} on the API base, for the readiness probe: any answer means Zoom is reachable. */
  @HEAD
  Response probe();

  /** A registrant as sent to Zoom; {@code last_name} is optional for Zoom, sent empty. */
  record RegistrantBody(
      @JsonProperty("email") String email,
      @JsonProperty("first_name") String firstName,
      @JsonProperty("last_name") String lastName) {}

  /** Zoom's registration of one person: the per-person {@code join_url} carries its {@code tk}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record RegistrantLink(
      @JsonProperty("email") String email,
      @JsonProperty("registrant_id") String registrantId,
      @JsonProperty("join_url") String joinUrl) {}

  /** The batch request: auto-approved, without Zoom's confirmation emails. */
  record BatchBody(
      @JsonProperty("auto_approve") boolean autoApprove,
      @JsonProperty("registrants_confirmation_email") boolean confirmationEmail,
      @JsonProperty("registrants") List<RegistrantBody> registrants) {}

  /** The batch answer, one entry per registered email. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record BatchAnswer(@JsonProperty("registrants") List<RegistrantLink> registrants) {}

  /** {@code {"action": "approve|cancel|deny", "registrants": [{"id", "email"}]}}, at most 30. */
  record StatusBody(
      @JsonProperty("action") String action,
      @JsonProperty("registrants") List<RegistrantRef> registrants) {}

  /** One registrant named in a status change. */
  record RegistrantRef(@JsonProperty("id") String id, @JsonProperty("email") String email) {}

  /** {@code {"panelists": [{"name", "email"}]}}: Zoom allows 100 panelists per webinar. */
  record PanelistsBody(@JsonProperty("panelists") List<PanelistBody> panelists) {}

  /** One panelist as sent to Zoom: the full name and the email. */
  record PanelistBody(@JsonProperty("name") String name, @JsonProperty("email") String email) {}

  /** Zoom's panelist list: each panelist's id and own {@code join_url}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record PanelistList(@JsonProperty("panelists") List<PanelistLink> panelists) {}

  /** One panelist as Zoom lists them. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record PanelistLink(
      @JsonProperty("id") String id,
      @JsonProperty("email") String email,
      @JsonProperty("name") String name,
      @JsonProperty("join_url") String joinUrl) {}

  /**
   * One page of the participants report: its rows and the token of the next page ("" at the end).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ReportPage(
      @JsonProperty("page_size") Integer pageSize,
      @JsonProperty("total_records") Integer totalRecords,
      @JsonProperty("next_page_token") String nextPageToken,
      @JsonProperty("participants") List<ReportRow> participants) {}

  /**
   * One row of the participants report: one connection (ZOOM-FACTS §3.6). Zoom sends empty strings
   * for what it does not know; {@code registrant_id} only with {@code include_fields}.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ReportRow(
      @JsonProperty("id") String id,
      @JsonProperty("participant_user_id") String participantUserId,
      @JsonProperty("user_id") String userId,
      @JsonProperty("participant_uuid") String participantUuid,
      @JsonProperty("name") String name,
      @JsonProperty("user_email") String userEmail,
      @JsonProperty("join_time") String joinTime,
      @JsonProperty("leave_time") String leaveTime,
      @JsonProperty("duration") Long duration,
      @JsonProperty("failover") Boolean failover,
      @JsonProperty("status") String status,
      @JsonProperty("bo_mtg_id") String boMtgId,
      @JsonProperty("customer_key") String customerKey,
      @JsonProperty("registrant_id") String registrantId) {}

  /** {@code {"meetings": [{"uuid", "start_time"}]}}: a meeting's ended instances. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record PastInstances(@JsonProperty("meetings") List<PastInstance> meetings) {}

  /** One ended instance. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record PastInstance(
      @JsonProperty("uuid") String uuid, @JsonProperty("start_time") String startTime) {}

  /** {@code {"token": "..."}}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record UserToken(@JsonProperty("token") String token) {}
}
