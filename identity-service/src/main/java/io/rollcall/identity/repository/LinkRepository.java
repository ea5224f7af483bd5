package io.rollcall.identity.repository;

import io.rollcall.events.EventJson;
import io.rollcall.events.LinkEvent;
import io.rollcall.events.LinkRole;
import io.rollcall.events.LinkStatus;
import io.rollcall.events.MeetingInfo;
import io.rollcall.identity.domain.MeetingRegistry;
import io.rollcall.identity.domain.RegistryLink;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/** The link registry: the latest state of every link, per meeting. */
@ApplicationScoped
public class LinkRepository {
  private final Jdbc jdbc;

  public LinkRepository(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  /**
   * Stores the link's state unless a later state is already stored (each message is the link's
   * whole state, so the latest one wins).
   */
  public void upsert(LinkEvent link) {
    String meetingJson =
        link.meeting() == null
            ? null
            : new String(EventJson.encode(link.meeting()), StandardCharsets.UTF_8);
    jdbc.update(
        "INSERT INTO link (link_id, meeting_id, role, status, invitee_ref, registrant_id,"
            + " customer_key, email, first_name, last_name, zoom_user_id, meeting_json,"
            + " occurred_at, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (link_id) DO UPDATE SET meeting_id = EXCLUDED.meeting_id,"
            + " role = EXCLUDED.role, status = EXCLUDED.status,"
            + " invitee_ref = EXCLUDED.invitee_ref, registrant_id = EXCLUDED.registrant_id,"
            + " customer_key = EXCLUDED.customer_key, email = EXCLUDED.email,"
            + " first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name,"
            + " zoom_user_id = EXCLUDED.zoom_user_id,"
            + " meeting_json = COALESCE(EXCLUDED.meeting_json, link.meeting_json),"
            + " occurred_at = EXCLUDED.occurred_at, event_id = EXCLUDED.event_id"
            + " WHERE link.occurred_at IS NULL OR EXCLUDED.occurred_at IS NULL"
            + " OR EXCLUDED.occurred_at >= link.occurred_at",
        link.linkId(),
        link.meetingId(),
        Objects.requireNonNullElse(link.role(), LinkRole.INVITEE),
        Objects.requireNonNullElse(link.status(), LinkStatus.ISSUED),
        link.inviteeRef(),
        blankToNull(link.registrantId()),
        blankToNull(link.customerKey()),
        link.email(),
        link.firstName(),
        link.lastName(),
        blankToNull(link.zoomUserId()),
        meetingJson,
        link.occurredAt(),
        link.eventId());
  }

  /** The meeting's links and settings (from the host link, else any link that carries them). */
  public MeetingRegistry registry(String meetingId) {
    record Row(RegistryLink link, String meetingJson) {}
    List<Row> rows =
        jdbc.query(
            "SELECT * FROM link WHERE meeting_id = ? ORDER BY link_id",
            row -> new Row(toLink(row), row.getString("meeting_json")),
            meetingId);
    MeetingInfo meeting =
        rows.stream()
            .filter(r -> r.meetingJson() != null)
            .sorted(java.util.Comparator.comparing((Row r) -> r.link().role() != LinkRole.HOST))
            .map(
                r ->
                    EventJson.decode(
                        r.meetingJson().getBytes(StandardCharsets.UTF_8), MeetingInfo.class))
            .findFirst()
            .orElse(null);
    return new MeetingRegistry(meetingId, rows.stream().map(Row::link).toList(), meeting);
  }

  private static RegistryLink toLink(ResultSet row) throws SQLException {
    return new RegistryLink(
        row.getString("link_id"),
        LinkRole.valueOf(row.getString("role")),
        LinkStatus.valueOf(row.getString("status")),
        row.getString("invitee_ref"),
        row.getString("registrant_id"),
        row.getString("customer_key"),
        row.getString("email"),
        row.getString("first_name"),
        row.getString("last_name"),
        row.getString("zoom_user_id"),
        Jdbc.instant(row, "occurred_at"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
