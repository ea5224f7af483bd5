package io.rollcall.meeting.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Zoom REST endpoints meeting-service uses (ZOOM-FACTS §3), as typed calls. */
@ApplicationScoped
public class ZoomApi {
  private final ZoomHttp http;

  public ZoomApi(ZoomHttp http) {
    this.http = http;
  }

  /** {@code POST /users/{userId}/meetings}. Not idempotent: a blind retry could double-book. */
  public JsonNode createMeeting(String hostUserIdOrEmail, Map<String, Object> body) {
    return http.send(
        new ZoomRequest(
            "create_meeting",
            "POST",
            "/users/" + ZoomPaths.segment(hostUserIdOrEmail) + "/meetings",
            body,
            ApiClass.MEDIUM,
            false));
  }

  /** {@code GET /meetings/{meetingId}}: carries a fresh {@code start_url}. */
  public JsonNode getMeeting(String meetingId) {
    return http.send(
        new ZoomRequest(
            "get_meeting",
            "GET",
            "/meetings/" + ZoomPaths.meeting(meetingId),
            null,
            ApiClass.LIGHT,
            true));
  }

  /**
   * {@code POST /meetings/{meetingId}/registrants}. Zoom keys registrants by email, so repeating it
   * returns the same registrant: safe to retry.
   */
  public Registration addRegistrant(String meetingId, Registrant registrant) {
    JsonNode node =
        http.send(
            new ZoomRequest(
                "add_registrant",
                "POST",
                "/meetings/" + ZoomPaths.meeting(meetingId) + "/registrants",
                Map.of(
                    "email", registrant.email(),
                    "first_name", registrant.firstName(),
                    "last_name", registrant.lastName() == null ? "" : registrant.lastName()),
                ApiClass.LIGHT,
                true));
    return new Registration(
        registrant.email(), node.path("registrant_id").asText(), node.path("join_url").asText());
  }

  /** {@code POST /meetings/{meetingId}/batch_registrants}: at most 30, scheduled meetings only. */
  public List<Registration> batchRegistrants(String meetingId, List<Registrant> registrants) {
    List<Map<String, String>> list = new ArrayList<>();
    for (Registrant r : registrants) {
      list.add(
          Map.of(
              "email", r.email(),
              "first_name", r.firstName(),
              "last_name", r.lastName() == null ? "" : r.lastName()));
    }
    JsonNode node =
        http.send(
            new ZoomRequest(
                "batch_registrants",
                "POST",
                "/meetings/" + ZoomPaths.meeting(meetingId) + "/batch_registrants",
                Map.of(
                    "auto_approve",
                    true,
                    "registrants_confirmation_email",
                    false,
                    "registrants",
                    list),
                ApiClass.HEAVY,
                true));
    List<Registration> result = new ArrayList<>();
    for (JsonNode r : node.path("registrants")) {
      result.add(
          new Registration(
              r.path("email").asText(),
              r.path("registrant_id").asText(),
              r.path("join_url").asText()));
    }
    return result;
  }

  /** {@code PUT /meetings/{meetingId}/registrants/status} with action {@code cancel}. */
  public void cancelRegistrant(String meetingId, String registrantId, String email) {
    http.send(
        new ZoomRequest(
            "cancel_registrant",
            "PUT",
            "/meetings/" + ZoomPaths.meeting(meetingId) + "/registrants/status",
            Map.of(
                "action",
                "cancel",
                "registrants",
                List.of(Map.of("id", registrantId, "email", email))),
            ApiClass.MEDIUM,
            true));
  }

  /** {@code GET /users/{userId}/token?type=zak&ttl=…}: the host's Zoom Access Key. A secret. */
  public String zak(String userId, Duration ttl) {
    JsonNode node =
        http.send(
            new ZoomRequest(
                "user_zak",
                "GET",
                "/users/" + ZoomPaths.segment(userId) + "/token?type=zak&ttl=" + ttl.toSeconds(),
                null,
                ApiClass.LIGHT,
                true));
    return node.path("token").asText();
  }

  /** An invitee as sent to Zoom. */
  public record Registrant(String email, String firstName, String lastName) {}

  /** Zoom's answer for one registrant. */
  public record Registration(String email, String registrantId, String joinUrl) {}
}
