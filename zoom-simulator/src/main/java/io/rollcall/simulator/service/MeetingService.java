package io.rollcall.simulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollcall.simulator.config.SimConfig;
import io.rollcall.simulator.domain.Meeting;
import io.rollcall.simulator.domain.ZoomApiException;
import io.rollcall.simulator.domain.ZoomTime;
import io.rollcall.simulator.domain.ZoomUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * POST /users/{userId}/meetings, GET/PATCH/DELETE /meetings/{meetingId}; POST
 * /users/{userId}/webinars and GET /webinars/{webinarId} (a webinar is a meeting that sends the
 * {@code webinar.*} webhooks and has panelists).
 */
@ApplicationScoped
public class MeetingService {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final SimConfig config;
  private final SimState state;
  private final TokenService tokens;
  private final DailyLimits daily;

  public MeetingService(SimConfig config, SimState state, TokenService tokens, DailyLimits daily) {
    this.config = config;
    this.state = state;
    this.tokens = tokens;
    this.daily = daily;
  }

  /** {@code POST /users/{userId}/meetings} with a token of {@code accountId}. */
  public ObjectNode create(String accountId, String userId, ObjectNode request) {
    return render(createMeeting(accountId, userId, request, false));
  }

  /**
   * {@code POST /users/{userId}/webinars} (Zoom's "Create a webinar"): type 5 (webinar), 6
   * (recurring, no fixed time) or 9 (recurring, fixed time); default 5. Webinars have no waiting
   * room, so the meetings' security rule does not apply.
   */
  public ObjectNode createWebinar(String accountId, String userId, ObjectNode request) {
    ObjectNode typed = request.deepCopy();
    int type = typed.path("type").asInt(5);
    if (type != 5 && type != 6 && type != 9) {
      throw ZoomApiException.validation("Invalid field: type.");
    }
    typed.put("type", type);
    return render(createMeeting(accountId, userId, typed, true));
  }

  /** {@code GET /webinars/{webinarId}}. */
  public ObjectNode getWebinar(String webinarId) {
    return render(state.webinar(webinarId));
  }

  /** The meeting belongs to the host's account, which is the token's (ZOOM-FACTS §3.2). */
  private Meeting createMeeting(
      String accountId, String userId, ObjectNode request, boolean webinar) {
    ZoomUser host = state.accounts().host(accountId, userId);
    daily.count("meeting-write|" + host.id(), DailyLimits.MEETING_WRITES_PER_USER);
    Meeting meeting =
        new Meeting(
            state.ids().meetingNumber(),
            state.ids().instanceUuid(),
            accountId,
            host,
            state.clock().now());
    meeting.type(request.path("type").asInt(2));
    meeting.topic(request.path("topic").asText(""));
    meeting.duration(request.path("duration").asInt(60));
    meeting.timezone(request.path("timezone").asText(""));
    meeting.agenda(request.path("agenda").asText(""));
    meeting.startTime(startTime(request, meeting.type()));
    meeting.password(initialPassword(request));
    if (request.has("recurrence")) {
      meeting.recurrence((ObjectNode) request.get("recurrence"));
    }
    ObjectNode settings = defaultSettings();
    mergeSettings(settings, request.path("settings"));
    meeting.settings(settings);
    meeting.webinar(webinar);
    if (!webinar) {
      applySecurityRule(meeting);
    }
    state.add(meeting);
    return meeting;
  }

  public ObjectNode get(String meetingId) {
    return render(state.meeting(meetingId));
  }

  public void update(String meetingId, ObjectNode request) {
    Meeting meeting = state.meeting(meetingId);
    daily.count("meeting-write|" + meeting.host().id(), DailyLimits.MEETING_WRITES_PER_USER);
    synchronized (meeting) {
      if (request.has("topic")) {
        meeting.topic(request.get("topic").asText());
      }
      if (request.has("type")) {
        meeting.type(request.get("type").asInt());
      }
      if (request.has("duration")) {
        meeting.duration(request.get("duration").asInt());
      }
      if (request.has("timezone")) {
        meeting.timezone(request.get("timezone").asText());
      }
      if (request.has("agenda")) {
        meeting.agenda(request.get("agenda").asText());
      }
      if (request.has("start_time")) {
        meeting.startTime(startTime(request, meeting.type()));
      }
      if (request.has("password")) {
        meeting.password(request.get("password").asText());
      }
      if (request.has("recurrence")) {
        meeting.recurrence((ObjectNode) request.get("recurrence"));
      }
      mergeSettings(meeting.settings(), request.path("settings"));
      if (!meeting.webinar()) {
        applySecurityRule(meeting);
      }
    }
  }

  public void delete(String meetingId) {
    Meeting meeting = state.meeting(meetingId);
    state.remove(meeting.id());
  }

  /** The meeting as Zoom's create/get responses show it; start_url carries a live ZAK. */
  public ObjectNode render(Meeting meeting) {
    ObjectNode out = JSON.objectNode();
    out.put("uuid", meeting.live().map(i -> i.uuid()).orElse(meeting.nextUuid()));
    out.put("id", meeting.id());
    out.put("host_id", meeting.host().id());
    out.put("host_email", meeting.host().email());
    out.put("topic", meeting.topic());
    out.put("type", meeting.type());
    out.put("status", meeting.live().isPresent() ? "started" : "waiting");
    if (meeting.startTime() != null) {
      out.put("start_time", ZoomTime.format(meeting.startTime()));
    }
    out.put("duration", meeting.duration());
    out.put("timezone", meeting.timezone());
    out.put("agenda", meeting.agenda());
    out.put("created_at", ZoomTime.format(meeting.createdAt()));
    out.put("start_url", startUrl(meeting));
    out.put("join_url", joinUrl(meeting));
    if (meeting.registrationEnabled()) {
      out.put("registration_url", base() + "/meeting/register/" + meeting.id());
    }
    out.put("password", meeting.password());
    out.put("h323_password", digitsOf(meeting.password()));
    out.put("pstn_password", digitsOf(meeting.password()));
    out.put("encrypted_password", encryptedPassword(meeting));
    out.put("pre_schedule", false);
    if (meeting.recurrence() != null) {
      out.set("recurrence", meeting.recurrence());
    }
    out.set("settings", meeting.settings().deepCopy());
    return out;
  }

  public String startUrl(Meeting meeting) {
    return base() + "/s/" + meeting.id() + "?zak=" + tokens.currentZak(meeting.host()).token();
  }

  public String joinUrl(Meeting meeting) {
    return base() + "/j/" + meeting.id() + pwd(meeting, "?");
  }

  /** A registrant's own link: https://.../w/{meetingId}?tk={token}[&pwd=...]. */
  public String registrantJoinUrl(Meeting meeting, String token) {
    return base() + "/w/" + meeting.id() + "?tk=" + token + pwd(meeting, "&");
  }

  /** A webinar panelist's own link: https://.../w/{webinarId}?tk={token}[&pwd=...]. */
  public String panelistJoinUrl(Meeting webinar, String token) {
    return registrantJoinUrl(webinar, token);
  }

  private String pwd(Meeting meeting, String separator) {
    return meeting.password().isEmpty() ? "" : separator + "pwd=" + encryptedPassword(meeting);
  }

  private String encryptedPassword(Meeting meeting) {
    if (meeting.password().isEmpty()) {
      return "";
    }
    return Integer.toHexString(meeting.password().hashCode())
        + Long.toHexString(meeting.id()).toUpperCase();
  }

  private String base() {
    return config.webBaseUrl();
  }

  private Instant startTime(ObjectNode request, int type) {
    if (type == 1) {
      return state.clock().now();
    }
    JsonNode value = request.get("start_time");
    if (value == null || value.asText().isBlank()) {
      return type == 3 || type == 6 ? null : state.clock().now();
    }
    return parseTime(value.asText(), request.path("timezone").asText(""));
  }

  /** Zoom takes UTC ("…Z"), an offset, or a local time in the meeting's timezone. */
  static Instant parseTime(String text, String timezone) {
    try {
      return java.time.OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        java.time.ZoneId zone =
            timezone.isBlank() ? java.time.ZoneOffset.UTC : java.time.ZoneId.of(timezone);
        return java.time.LocalDateTime.parse(text).atZone(zone).toInstant();
      } catch (java.time.DateTimeException again) {
        throw ZoomApiException.validation("Invalid field: start_time.");
      }
    }
  }

  private String initialPassword(ObjectNode request) {
    if (request.has("password")) {
      String password = request.get("password").asText();
      if (password.length() > 10) {
        throw ZoomApiException.validation("Invalid field: password (max 10 characters).");
      }
      return password;
    }
    boolean generate =
        request.path("default_password").asBoolean(false) || config.requirePasscode();
    return generate ? Integer.toString(state.ids().digits(6)) : "";
  }

  /**
   * Zoom's security rule: if passcode, waiting room and authentication are all off, the waiting
   * room is switched on (ZOOM-FACTS §2.5). The waiting room also disables join-before-host.
   */
  static void applySecurityRule(Meeting meeting) {
    ObjectNode s = meeting.settings();
    boolean open =
        meeting.password().isEmpty()
            && !s.path("waiting_room").asBoolean()
            && !s.path("meeting_authentication").asBoolean();
    if (open) {
      s.put("waiting_room", true);
    }
  }

  private static void mergeSettings(ObjectNode settings, JsonNode changes) {
    if (changes instanceof ObjectNode object) {
      object.fields().forEachRemaining(e -> settings.set(e.getKey(), e.getValue()));
    }
  }

  private static ObjectNode defaultSettings() {
    ObjectNode s = JSON.objectNode();
    s.put("host_video", false);
    s.put("participant_video", false);
    s.put("join_before_host", false);
    s.put("jbh_time", 0);
    s.put("mute_upon_entry", false);
    s.put("approval_type", 2);
    s.put("registration_type", 1);
    s.put("audio", "both");
    s.put("auto_recording", "none");
    s.put("enforce_login", false);
    s.put("enforce_login_domains", "");
    s.put("alternative_hosts", "");
    s.put("waiting_room", false);
    s.put("meeting_authentication", false);
    s.put("allow_multiple_devices", false);
    s.put("registrants_confirmation_email", true);
    s.put("registrants_email_notification", true);
    s.put("close_registration", false);
    s.put("private_meeting", false);
    return s;
  }

  private static String digitsOf(String password) {
    return password.replaceAll("\\D", "");
  }
}
