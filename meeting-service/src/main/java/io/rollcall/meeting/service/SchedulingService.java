package io.rollcall.meeting.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
 * Schedules a meeting in Zoom with registration required and auto-approval, stores the settings
 * Zoom applied, and announces the meeting's host on the link registry (outbox, same transaction).
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

  public Meeting schedule(ScheduleRequest request) {
    request.validate();
    JsonNode created = zoom.createMeeting(request.host(), zoomBody(request));
    Meeting meeting = fromZoom(request, created);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              meetings.insert(meeting);
              outbox.append(LinkEvents.host(meeting));
            });
    return meeting;
  }

  public Meeting find(String meetingId) {
    return meetings
        .byId(meetingId)
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

  private Meeting fromZoom(ScheduleRequest request, JsonNode m) {
    JsonNode s = m.path("settings");
    int approvalType = s.path("approval_type").asInt(2);
    return new Meeting(
        m.path("id").asText(),
        request.host(),
        m.path("host_id").asText(request.host()),
        m.hasNonNull("host_email") ? m.get("host_email").asText() : null,
        m.path("topic").asText(request.topic()),
        m.path("type").asInt(request.recurring() ? 8 : 2),
        instant(m.path("start_time").asText(null), request.startTime()),
        m.path("timezone").asText(request.timezone()),
        m.path("duration").asInt(request.duration()),
        approvalType == 0 || approvalType == 1,
        s.path("meeting_authentication").asBoolean(false),
        s.path("waiting_room").asBoolean(false),
        s.path("join_before_host").asBoolean(false),
        s.path("allow_multiple_devices").asBoolean(false),
        clock.instant());
  }

  private static Instant instant(String fromZoom, String requested) {
    try {
      return OffsetDateTime.parse(fromZoom != null ? fromZoom : requested).toInstant();
    } catch (DateTimeParseException e) {
      return OffsetDateTime.parse(requested).toInstant();
    }
  }
}
