package io.rollcall.meeting.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rollcall.events.MeetingKind;
import io.rollcall.meeting.client.ZoomApi;
import io.rollcall.meeting.domain.IdentitySettings;
import io.rollcall.meeting.domain.LinkEvents;
import io.rollcall.meeting.domain.Meeting;
import io.rollcall.meeting.domain.ProblemException;
import io.rollcall.meeting.domain.ScheduleRequest;
import io.rollcall.meeting.messaging.Outbox;
import io.rollcall.meeting.repository.MeetingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Schedules a meeting (or a webinar) in Zoom with registration required and auto-approval, stores
 * the settings Zoom applied, and announces the host on the link registry (outbox, same
 * transaction).
 */
@ApplicationScoped
public class SchedulingService {
  private final ZoomApi zoom;
  private final MeetingRepository meetings;
  private final Outbox outbox;
  private final Clock clock;

  public SchedulingService(ZoomApi zoom, MeetingRepository meetings, Outbox outbox, Clock clock) {
    this.zoom = zoom;
    this.meetings = meetings;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * Schedules a meeting for {@code tenant} with that tenant's Zoom credentials.
   *
   * @throws ProblemException 400 for an invalid request
   * @throws io.rollcall.meeting.client.ZoomApiException when Zoom refuses (mapped to a problem)
   */
  public Meeting schedule(String tenant, ScheduleRequest request) {
    request.validate();
    JsonNode created = zoom.createMeeting(tenant, request.host(), zoomBody(request));
    return store(fromZoom(tenant, request, created, MeetingKind.MEETING));
  }

  /**
   * Schedules a webinar ({@code POST /users/{userId}/webinars}, Zoom's "Create a webinar"): type 5
   * (9 when recurring), registration required with auto-approval (approval_type 0), so each
   * attendee gets a link of their own; Zoom's own emails to registrants and panelists are off
   * (Rollcall hands out the links).
   *
   * @throws ProblemException 400 for an invalid request
   * @throws io.rollcall.meeting.client.ZoomApiException when Zoom refuses (mapped to a problem)
   */
  public Meeting scheduleWebinar(String tenant, ScheduleRequest request) {
    request.validate();
    JsonNode created = zoom.createWebinar(tenant, request.host(), webinarBody(request));
    return store(fromZoom(tenant, request, created, MeetingKind.WEBINAR));
  }

  private Meeting store(Meeting meeting) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              meetings.insert(meeting);
              outbox.append(LinkEvents.host(meeting));
            });
    return meeting;
  }

  /**
   * A webinar scheduled through Rollcall for {@code tenant}; 404 for a meeting's id, another
   * tenant's or an unknown one.
   */
  public Meeting findWebinar(String tenant, String webinarId) {
    return meetings
        .byId(tenant, webinarId)
        .filter(Meeting::webinar)
        .orElseThrow(
            () ->
                ProblemException.notFound(
                    "webinar " + webinarId + " was not scheduled through Rollcall"));
  }

  /**
   * A meeting or webinar scheduled through Rollcall for {@code tenant}; 404 for another tenant's or
   * an unknown one (the same answer, so that ids of other tenants cannot be probed).
   */
  public Meeting find(String tenant, String meetingId) {
    return meetings
        .byId(tenant, meetingId)
        .orElseThrow(
            () ->
                ProblemException.notFound(
                    "meeting " + meetingId + " was not scheduled through Rollcall"));
  }

  static Map<String, Object> zoomBody(ScheduleRequest request) {
    IdentitySettings s = request.effectiveSettings();
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("approval_type", 0); // registration required, approved at once: one link each
    settings.put("meeting_authentication", s.meetingAuthentication());
    settings.put("waiting_room", s.waitingRoom());
    settings.put("join_before_host", s.joinBeforeHost());
    settings.put("allow_multiple_devices", s.allowMultipleDevices());
    settings.put("registrants_confirmation_email", false);
    settings.put("registrants_email_notification", false);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("topic", request.topic());
    body.put(
        "start_time",
        OffsetDateTime.parse(request.startTime())
            .toInstant()
            .truncatedTo(ChronoUnit.SECONDS)
            .toString());
    body.put("duration", request.duration());
    if (request.timezone() != null) {
      body.put("timezone", request.timezone());
    }
    if (request.recurring()) {
      body.put("type", 8);
      body.put("recurrence", request.recurrence());
      settings.put("registration_type", 1); // register once, attend every occurrence
    } else {
      body.put("type", 2);
    }
    body.put("settings", settings);
    return body;
  }

  /** The body of Zoom's "Create a webinar": the meeting body's times, webinar type and settings. */
  static Map<String, Object> webinarBody(ScheduleRequest request) {
    Map<String, Object> body = zoomBody(request);
    IdentitySettings s = request.effectiveSettings();
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("approval_type", 0); // registration required, approved at once: one link each
    settings.put("meeting_authentication", s.meetingAuthentication());
    settings.put("registrants_confirmation_email", false);
    settings.put("registrants_email_notification", false);
    settings.put("panelists_invitation_email_notification", false);
    if (request.recurring()) {
      body.put("type", 9);
      settings.put("registration_type", 1);
    } else {
      body.put("type", 5);
    }
    body.put("settings", settings);
    return body;
  }

  private Meeting fromZoom(String tenant, ScheduleRequest request, JsonNode m, MeetingKind kind) {
    JsonNode s = m.path("settings");
    int approvalType = s.path("approval_type").asInt(2);
    return new Meeting(
        m.path("id").asText(),
        request.host(),
        m.path("host_id").asText(request.host()),
        m.hasNonNull("host_email") ? m.get("host_email").asText() : null,
        m.path("topic").asText(request.topic()),
        m.path("type").asInt(defaultType(request, kind)),
        instant(m.path("start_time").asText(null), request.startTime()),
        m.path("timezone").asText(request.timezone()),
        m.path("duration").asInt(request.duration()),
        approvalType == 0 || approvalType == 1,
        s.path("meeting_authentication").asBoolean(false),
        s.path("waiting_room").asBoolean(false),
        s.path("join_before_host").asBoolean(false),
        s.path("allow_multiple_devices").asBoolean(false),
        clock.instant(),
        kind,
        tenant);
  }

  private static int defaultType(ScheduleRequest request, MeetingKind kind) {
    if (kind == MeetingKind.WEBINAR) {
      return request.recurring() ? 9 : 5;
    }
    return request.recurring() ? 8 : 2;
  }

  private static Instant instant(String fromZoom, String requested) {
    try {
      return OffsetDateTime.parse(fromZoom != null ? fromZoom : requested).toInstant();
    } catch (DateTimeParseException e) {
      return OffsetDateTime.parse(requested).toInstant();
    }
  }
}
