package io.rollcall.simulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollcall.simulator.domain.Meeting;
import io.rollcall.simulator.domain.Panelist;
import io.rollcall.simulator.domain.ZoomApiException;
import io.rollcall.simulator.domain.ZoomTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A webinar's panelists, as Zoom's "Add panelists" ({@code POST /webinars/{webinarId}/panelists} →
 * 201 {@code {"id", "updated_at"}}) and "List panelists" ({@code GET
 * /webinars/{webinarId}/panelists} → {@code {"total_records", "panelists": [{"id", "name", "email",
 * "join_url"}]}}) show them. Adding an email again keeps its panelist (and link). Zoom allows at
 * most 100 panelists per webinar (more → 400).
 */
@ApplicationScoped
public class PanelistService {

  static final int WEBINAR_LIMIT = 100;
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final SimState state;
  private final MeetingService meetings;

  public PanelistService(SimState state, MeetingService meetings) {
    this.state = state;
    this.meetings = meetings;
  }

  /**
   * Adds {@code {"panelists": [{"name", "email"}]}}. Answers Zoom's 201 body: {@code id} is the
   * added panelists' ids, comma-separated.
   */
  public ObjectNode add(String webinarId, ObjectNode request) {
    Meeting webinar = state.webinar(webinarId);
    JsonNode list = request.path("panelists");
    if (!list.isArray() || list.isEmpty()) {
      throw ZoomApiException.validation("Validation Failed. panelists: at least one entry.");
    }
    List<String> ids = new ArrayList<>();
    synchronized (webinar) {
      for (JsonNode entry : list) {
        ids.add(add(webinar, entry).id());
      }
    }
    ObjectNode out = JSON.objectNode();
    out.put("id", String.join(",", ids));
    out.put("updated_at", ZoomTime.format(state.clock().now()));
    return out;
  }

  /** {@code GET /webinars/{webinarId}/panelists}: every panelist with their own join link. */
  public ObjectNode list(String webinarId) {
    Meeting webinar = state.webinar(webinarId);
    ObjectNode out = JSON.objectNode();
    ArrayNode panelists;
    synchronized (webinar) {
      out.put("total_records", webinar.panelists().size());
      panelists = out.putArray("panelists");
      for (Panelist p : webinar.panelists().values()) {
        ObjectNode item = panelists.addObject();
        item.put("id", p.id());
        item.put("email", p.email());
        item.put("name", p.name());
        item.put("join_url", meetings.panelistJoinUrl(webinar, p.token()));
      }
    }
    return out;
  }

  /**
   * {@code DELETE /webinars/{webinarId}/panelists/{panelistId}} (Zoom's "Remove a panelist"): the
   * panelist's link stops working. Unknown panelist → 404.
   */
  public void remove(String webinarId, String panelistId) {
    Meeting webinar = state.webinar(webinarId);
    synchronized (webinar) {
      if (webinar.panelists().remove(panelistId) == null) {
        throw new ZoomApiException(404, 3001, "Panelist not found: " + panelistId + ".");
      }
    }
  }

  private Panelist add(Meeting webinar, JsonNode entry) {
    String email = entry.path("email").asText("").trim().toLowerCase(Locale.ROOT);
    String name = entry.path("name").asText("").trim();
    if (email.isEmpty() || !email.contains("@") || email.length() > 128) {
      throw ZoomApiException.validation("Validation Failed. Invalid field: email.");
    }
    if (name.isEmpty() || name.length() > 64) {
      throw ZoomApiException.validation("Validation Failed. Invalid field: name.");
    }
    var existing = webinar.panelistByEmail(email);
    if (existing.isPresent()) {
      return existing.get();
    }
    if (webinar.panelists().size() >= WEBINAR_LIMIT) {
      throw new ZoomApiException(400, 3000, "This webinar has reached its panelist limit.");
    }
    Panelist p = new Panelist(state.ids().zoomId(), name, email, state.ids().token(32));
    webinar.panelists().put(p.id(), p);
    return p;
  }
}
