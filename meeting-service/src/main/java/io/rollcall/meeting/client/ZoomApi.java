package io.rollcall.meeting.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.rollcall.meeting.client.ZoomRestClient.BatchBody;
import io.rollcall.meeting.client.ZoomRestClient.RegistrantBody;
import io.rollcall.meeting.client.ZoomRestClient.RegistrantLink;
import io.rollcall.meeting.client.ZoomRestClient.RegistrantRef;
import io.rollcall.meeting.client.ZoomRestClient.StatusBody;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Zoom REST endpoints meeting-service uses (ZOOM-FACTS §3), as typed calls: {@link
 * ZoomRestClient} run through {@link ZoomCalls} (token, retries, pacing, circuit breaker).
 *
 * <p>Every method calls Zoom on behalf of {@code tenant} (a Zoom account id), with that tenant's
 * access token. Every method throws {@link ZoomApiException} when Zoom answered an error or could
 * not be reached, and {@link ZoomUnavailableException} while calls to Zoom are paused or not
 * configured.
 */
@ApplicationScoped
public class ZoomApi {
  private final ZoomRestClient rest;
  private final ZoomCalls calls;

  public ZoomApi(ZoomRestClient rest, ZoomCalls calls) {
    this.rest = rest;
    this.calls = calls;
  }

  /** {@code POST /users/{userId}/meetings}. Not idempotent: a blind retry could double-book. */
  public JsonNode createMeeting(String tenant, String hostUserIdOrEmail, Map<String, Object> body) {
    String host = ZoomPaths.segment(hostUserIdOrEmail);
    return calls.call(
        tenant, ZoomOperation.CREATE_MEETING, bearer -> rest.createMeeting(bearer, host, body));
  }

  /** {@code GET /meetings/{meetingId}}: carries a fresh {@code start_url}. */
  public JsonNode getMeeting(String tenant, String meetingId) {
    String id = ZoomPaths.meeting(meetingId);
    return calls.call(tenant, ZoomOperation.GET_MEETING, bearer -> rest.getMeeting(bearer, id));
  }

  /** {@code GET /webinars/{webinarId}}: carries a fresh {@code start_url}. */
  public JsonNode getWebinar(String tenant, String webinarId) {
    String id = ZoomPaths.meeting(webinarId);
    return calls.call(tenant, ZoomOperation.GET_WEBINAR, bearer -> rest.getWebinar(bearer, id));
  }

  /**
   * {@code POST /meetings/{meetingId}/registrants}. Zoom keys registrants by email, so repeating it
   * returns the same registrant: safe to retry.
   */
  public Registration addRegistrant(String tenant, String meetingId, Registrant registrant) {
    String id = ZoomPaths.meeting(meetingId);
    RegistrantLink link =
        calls.call(
            tenant,
            ZoomOperation.ADD_REGISTRANT,
            bearer -> rest.addRegistrant(bearer, id, body(registrant)));
    return new Registration(registrant.email(), text(link.registrantId()), text(link.joinUrl()));
  }

  /** {@code POST /meetings/{meetingId}/batch_registrants}: at most 30, scheduled meetings only. */
  public List<Registration> batchRegistrants(
      String tenant, String meetingId, List<Registrant> registrants) {
    String id = ZoomPaths.meeting(meetingId);
    BatchBody batch = new BatchBody(true, false, registrants.stream().map(ZoomApi::body).toList());
    ZoomRestClient.BatchAnswer answer =
        calls.call(
            tenant,
            ZoomOperation.BATCH_REGISTRANTS,
            bearer -> rest.batchRegistrants(bearer, id, batch));
    List<RegistrantLink> links =
        answer == null || answer.registrants() == null ? List.of() : answer.registrants();
    return links.stream()
        .map(r -> new Registration(text(r.email()), text(r.registrantId()), text(r.joinUrl())))
        .toList();
  }

  /** {@code PUT /meetings/{meetingId}/registrants/status} with action {@code cancel}. */
  public void cancelRegistrant(String tenant, String meetingId, String registrantId, String email) {
    String id = ZoomPaths.meeting(meetingId);
    StatusBody cancel = new StatusBody("cancel", List.of(new RegistrantRef(registrantId, email)));
    calls.call(
        tenant,
        ZoomOperation.CANCEL_REGISTRANT,
        bearer -> {
          rest.updateRegistrantStatus(bearer, id, cancel);
          return null;
        });
  }

  /** {@code POST /users/{userId}/webinars}. Not idempotent: a blind retry could double-book. */
  public JsonNode createWebinar(String tenant, String hostUserIdOrEmail, Map<String, Object> body) {
    String host = ZoomPaths.segment(hostUserIdOrEmail);
    return calls.call(
        tenant, ZoomOperation.CREATE_WEBINAR, bearer -> rest.createWebinar(bearer, host, body));
  }

  /**
   * {@code POST /webinars/{webinarId}/registrants}: a webinar attendee's own link. Zoom keys
   * registrants by email, so repeating it returns the same registrant.
   */
  public Registration addWebinarRegistrant(String tenant, String webinarId, Registrant registrant) {
    String id = ZoomPaths.meeting(webinarId);
    RegistrantLink link =
        calls.call(
            tenant,
            ZoomOperation.ADD_WEBINAR_REGISTRANT,
            bearer -> rest.addWebinarRegistrant(bearer, id, body(registrant)));
    return new Registration(registrant.email(), text(link.registrantId()), text(link.joinUrl()));
  }

  /** {@code PUT /webinars/{webinarId}/registrants/status} with action {@code cancel}. */
  public void cancelWebinarRegistrant(
      String tenant, String webinarId, String registrantId, String email) {
    String id = ZoomPaths.meeting(webinarId);
    StatusBody cancel = new StatusBody("cancel", List.of(new RegistrantRef(registrantId, email)));
    calls.call(
        tenant,
        ZoomOperation.CANCEL_WEBINAR_REGISTRANT,
        bearer -> {
          rest.updateWebinarRegistrantStatus(bearer, id, cancel);
          return null;
        });
  }

  /**
   * Adds panelists ({@code POST /webinars/{webinarId}/panelists}) and reads back their own links
   * ({@code GET /webinars/{webinarId}/panelists}): Zoom's add answer carries no links. Answers
   * every panelist of the webinar; match them by email.
   */
  public List<PanelistRegistration> addPanelists(
      String tenant, String webinarId, List<Panelist> panelists) {
    String id = ZoomPaths.meeting(webinarId);
    ZoomRestClient.PanelistsBody body =
        new ZoomRestClient.PanelistsBody(
            panelists.stream()
                .map(p -> new ZoomRestClient.PanelistBody(p.name(), p.email()))
                .toList());
    calls.call(tenant, ZoomOperation.ADD_PANELISTS, bearer -> rest.addPanelists(bearer, id, body));
    ZoomRestClient.PanelistList list =
        calls.call(tenant, ZoomOperation.LIST_PANELISTS, bearer -> rest.listPanelists(bearer, id));
    if (list == null || list.panelists() == null) {
      return List.of();
    }
    return list.panelists().stream()
        .map(p -> new PanelistRegistration(text(p.email()), text(p.id()), text(p.joinUrl())))
        .toList();
  }

  /** {@code DELETE /webinars/{webinarId}/panelists/{panelistId}}: the panelist's link stops. */
  public void removePanelist(String tenant, String webinarId, String panelistId) {
    String id = ZoomPaths.meeting(webinarId);
    String panelist = ZoomPaths.segment(panelistId);
    calls.call(
        tenant,
        ZoomOperation.REMOVE_PANELIST,
        bearer -> {
          rest.removePanelist(bearer, id, panelist);
          return null;
        });
  }

  /** {@code GET /users/{userId}/token?type=zak&ttl=…}: the host's Zoom Access Key. A secret. */
  public String zak(String tenant, String userId, Duration ttl) {
    String user = ZoomPaths.segment(userId);
    ZoomRestClient.UserToken token =
        calls.call(
            tenant,
            ZoomOperation.USER_ZAK,
            bearer -> rest.userToken(bearer, user, "zak", ttl.toSeconds()));
    return token == null ? "" : text(token.token());
  }

  /**
   * One page of the participants report of instance {@code instanceUuid} ({@code GET
   * /report/meetings/{uuid}/participants?include_fields=registrant_id&page_size=…}), the uuid
   * encoded, and encoded twice when Zoom requires it ({@link ZoomPaths#meeting}).
   *
   * @param nextPageToken the previous page's token; null or empty for the first page
   * @throws ZoomApiException 404 (Zoom code 3001) while the report is not ready yet or when the
   *     instance is unknown; 429 when rate-limited longer than the retries wait
   */
  public ZoomRestClient.ReportPage reportPage(
      String tenant, String instanceUuid, String nextPageToken, int pageSize) {
    String uuid = ZoomPaths.meeting(instanceUuid);
    String token = nextPageToken == null || nextPageToken.isEmpty() ? null : nextPageToken;
    return calls.call(
        tenant,
        ZoomOperation.REPORT_PARTICIPANTS,
        bearer -> rest.reportParticipants(bearer, uuid, "registrant_id", pageSize, token));
  }

  /**
   * The uuids of a meeting's ended instances ({@code GET /past_meetings/{meetingId}/instances}).
   *
   * @throws ZoomApiException e.g. 404 (code 3001) for a meeting Zoom no longer knows
   */
  public List<String> pastInstanceUuids(String tenant, String meetingId) {
    String id = ZoomPaths.meeting(meetingId);
    ZoomRestClient.PastInstances answer =
        calls.call(tenant, ZoomOperation.PAST_INSTANCES, bearer -> rest.pastInstances(bearer, id));
    if (answer == null || answer.meetings() == null) {
      return List.of();
    }
    return answer.meetings().stream()
        .map(ZoomRestClient.PastInstance::uuid)
        .filter(u -> u != null && !u.isBlank())
        .toList();
  }

  private static RegistrantBody body(Registrant r) {
    return new RegistrantBody(r.email(), r.firstName(), r.lastName() == null ? "" : r.lastName());
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  /** An invitee as sent to Zoom. */
  public record Registrant(String email, String firstName, String lastName) {}

  /** Zoom's answer for one registrant; absent fields are empty strings. */
  public record Registration(String email, String registrantId, String joinUrl) {}

  /** A webinar panelist as sent to Zoom: full name and email. */
  public record Panelist(String name, String email) {}

  /** Zoom's panelist: its id and own join link; absent fields are empty strings. */
  public record PanelistRegistration(String email, String panelistId, String joinUrl) {}
}
