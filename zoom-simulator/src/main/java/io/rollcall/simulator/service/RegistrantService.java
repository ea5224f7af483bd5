package io.rollcall.simulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollcall.simulator.domain.Meeting;
import io.rollcall.simulator.domain.Registrant;
import io.rollcall.simulator.domain.RegistrantStatus;
import io.rollcall.simulator.domain.ZoomApiException;
import io.rollcall.simulator.domain.ZoomTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The /meetings/{meetingId}/registrants family. */
@ApplicationScoped
public class RegistrantService {

  static final int BATCH_LIMIT = 30;
  static final int MEETING_LIMIT = 4999;
  private static final Set<String> CORE_FIELDS =
      Set.of("email", "first_name", "last_name", "auto_approve", "language");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final SimState state;
  private final MeetingService meetings;
  private final DailyLimits daily;

  public RegistrantService(SimState state, MeetingService meetings, DailyLimits daily) {
    this.state = state;
    this.meetings = meetings;
    this.daily = daily;
  }

  /** POST /meetings/{id}/registrants → 201 {id, registrant_id, join_url?, ...}. */
  public ObjectNode add(String meetingId, ObjectNode request) {
    Meeting meeting = state.meeting(meetingId);
    requireRegistration(meeting);
    synchronized (meeting) {
      Registrant r = register(meeting, request, request.path("auto_approve").asBoolean(false));
      ObjectNode out = JSON.objectNode();
      out.put("id", meeting.id());
      if (r.hasUsableLink()) {
        out.put("join_url", meetings.registrantJoinUrl(meeting, r.token()));
      }
      out.put("registrant_id", r.id());
      if (meeting.startTime() != null) {
        out.put("start_time", ZoomTime.format(meeting.startTime()));
      }
      out.put("topic", meeting.topic());
      out.putArray("occurrences");
      out.put("participant_pin_code", r.pinCode());
      return out;
    }
  }

  /** POST /meetings/{id}/batch_registrants: at most 30, scheduled (type 2) meetings only. */
  public ObjectNode addBatch(String meetingId, ObjectNode request) {
    Meeting meeting = state.meeting(meetingId);
    JsonNode list = request.path("registrants");
    if (!list.isArray() || list.isEmpty() || list.size() > BATCH_LIMIT) {
      throw ZoomApiException.validation(
          "Validation Failed. registrants: between 1 and " + BATCH_LIMIT + " entries allowed.");
    }
    if (meeting.type() != 2) {
      throw new ZoomApiException(
          400, 303, "Batch registration is only supported for scheduled meetings.");
    }
    requireRegistration(meeting);
    boolean autoApprove = request.path("auto_approve").asBoolean(false);
    ObjectNode out = JSON.objectNode();
    ArrayNode results = out.putArray("registrants");
    synchronized (meeting) {
      for (JsonNode entry : list) {
        Registrant r = register(meeting, (ObjectNode) entry, autoApprove);
        ObjectNode item = results.addObject();
        item.put("email", r.email());
        if (r.hasUsableLink()) {
          item.put("join_url", meetings.registrantJoinUrl(meeting, r.token()));
        }
        item.put("registrant_id", r.id());
        item.put("participant_pin_code", r.pinCode());
      }
    }
    return out;
  }

  public ObjectNode list(String meetingId, String status, Integer pageSize, String pageToken) {
    Meeting meeting = state.meeting(meetingId);
    String wanted = status == null || status.isBlank() ? "approved" : status;
    List<ObjectNode> all;
    synchronized (meeting) {
      all =
          meeting.registrants().values().stream()
              .filter(r -> r.status().wire().equals(wanted))
              .map(r -> render(meeting, r))
              .toList();
    }
    return Pages.page(all, pageSize, pageToken, "registrants", state.clock().now());
  }

  public ObjectNode get(String meetingId, String registrantId) {
    Meeting meeting = state.meeting(meetingId);
    return render(meeting, find(meeting, registrantId));
  }

  /** PUT /meetings/{id}/registrants/status: approve, cancel or deny up to 30 registrants. */
  public void updateStatus(String meetingId, ObjectNode request) {
    Meeting meeting = state.meeting(meetingId);
    RegistrantStatus target =
        switch (request.path("action").asText()) {
          case "approve" -> RegistrantStatus.APPROVED;
          case "cancel" -> RegistrantStatus.CANCELLED;
          case "deny" -> RegistrantStatus.DENIED;
          default -> throw ZoomApiException.validation("Invalid field: action.");
        };
    JsonNode list = request.path("registrants");
    if (list.size() > BATCH_LIMIT) {
      throw ZoomApiException.validation("Validation Failed. registrants: at most 30 entries.");
    }
    synchronized (meeting) {
      for (JsonNode ref : list) {
        Registrant r =
            ref.hasNonNull("id")
                ? find(meeting, ref.get("id").asText())
                : meeting
                    .registrantByEmail(ref.path("email").asText())
                    .orElseThrow(() -> notFound(ref.path("email").asText()));
        daily.count(
            "registrant-status|" + meeting.id() + "|" + r.id(),
            DailyLimits.STATUS_CHANGES_PER_REGISTRANT);
        r.status(target);
      }
    }
  }

  public void delete(String meetingId, String registrantId) {
    Meeting meeting = state.meeting(meetingId);
    synchronized (meeting) {
      find(meeting, registrantId);
      meeting.registrants().remove(registrantId);
    }
  }

  private Registrant register(Meeting meeting, ObjectNode request, boolean autoApprove) {
    String email = request.path("email").asText("").trim().toLowerCase(Locale.ROOT);
    String firstName = request.path("first_name").asText("").trim();
    if (email.isEmpty() || !email.contains("@") || email.length() > 128) {
      throw ZoomApiException.validation("Validation Failed. Invalid field: email.");
    }
    if (firstName.isEmpty() || firstName.length() > 64) {
      throw ZoomApiException.validation("Validation Failed. Invalid field: first_name.");
    }
    daily.count(
        "registration|" + meeting.id() + "|" + email, DailyLimits.REGISTRATIONS_PER_REGISTRANT);
    // Registering an email again gives back the same registration, link included.
    var existing = meeting.registrantByEmail(email);
    if (existing.isPresent()) {
      return existing.get();
    }
    if (meeting.registrants().size() >= MEETING_LIMIT) {
      throw new ZoomApiException(400, 3000, "This meeting has reached its registrant limit.");
    }
    RegistrantStatus status =
        meeting.approvalType() == 0 || autoApprove
            ? RegistrantStatus.APPROVED
            : RegistrantStatus.PENDING;
    ObjectNode extra = request.deepCopy();
    extra.remove(CORE_FIELDS);
    Registrant r =
        new Registrant(
            state.ids().zoomId(),
            email,
            firstName,
            request.path("last_name").asText(""),
            state.ids().token(32),
            state.ids().digits(9),
            state.clock().now(),
            extra,
            status);
    meeting.registrants().put(r.id(), r);
    return r;
  }

  private ObjectNode render(Meeting meeting, Registrant r) {
    ObjectNode out = JSON.objectNode();
    out.put("id", r.id());
    out.put("email", r.email());
    out.put("first_name", r.firstName());
    out.put("last_name", r.lastName());
    out.setAll(r.extra());
    out.put("status", r.status().wire());
    out.put("create_time", ZoomTime.format(r.createTime()));
    if (r.hasUsableLink()) {
      out.put("join_url", meetings.registrantJoinUrl(meeting, r.token()));
    }
    out.put("participant_pin_code", r.pinCode());
    return out;
  }

  private static void requireRegistration(Meeting meeting) {
    if (!meeting.registrationEnabled()) {
      throw new ZoomApiException(
          400, 3000, "Registration has not been enabled for this meeting: " + meeting.id() + ".");
    }
  }

  private static Registrant find(Meeting meeting, String registrantId) {
    Registrant r = meeting.registrants().get(registrantId);
    if (r == null) {
      throw notFound(registrantId);
    }
    return r;
  }

  private static ZoomApiException notFound(String ref) {
    return new ZoomApiException(404, 3043, "Registrant not found: " + ref + ".");
  }
}
