package io.rollcall.identity.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.rollcall.events.EventJson;
import io.rollcall.events.LinkEvent;
import io.rollcall.events.LinkRole;
import io.rollcall.events.LinkStatus;
import io.rollcall.events.MeetingInfo;
import io.rollcall.identity.domain.MeetingRegistry;
import io.rollcall.identity.domain.RegistryLink;
import io.rollcall.identity.repository.entity.LinkEntity;
import io.rollcall.support.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The link registry (table {@code link}): the latest state of every link, per meeting.
 *
 * <p>Reads are projections, never managed entities: the batch transactions that read the registry
 * also change it, and a managed copy loaded earlier in the transaction would hide those changes.
 */
@ApplicationScoped
public class LinkRepository implements PanacheRepositoryBase<LinkEntity, String> {

  /**
   * Stores the link's state unless a later state is already stored (each message is the link's
   * whole state, so the latest one wins).
   *
   * <p>SQL rather than find-then-persist: {@code INSERT … ON CONFLICT … WHERE} decides "newer wins"
   * atomically in one round trip, also when two replicas apply the same link at once (a rebalance),
   * where find-then-persist would fail the second transaction on the primary key.
   */
  public void upsert(LinkEvent link) {
    String meetingJson =
        link.meeting() == null
            ? null
            : new String(EventJson.encode(link.meeting()), StandardCharsets.UTF_8);
    NativeSql.update(
        getEntityManager(),
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

  /**
   * The meeting's links in link-id order and its settings (from the host link, else from any link
   * that carries them). Joins the caller's transaction, or runs in its own.
   */
  @Transactional
  public MeetingRegistry registry(String meetingId) {
    List<RegistryLink> links =
        find("meetingId", Sort.by("linkId"), meetingId).project(RegistryLink.class).list();
    MeetingInfo meeting =
        getEntityManager()
            .createQuery(
                "select l.meetingJson from LinkEntity l"
                    + " where l.meetingId = :meeting and l.meetingJson is not null"
                    + " order by case when l.role = :host then 0 else 1 end, l.linkId",
                String.class)
            .setParameter("meeting", meetingId)
            .setParameter("host", LinkRole.HOST)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .map(json -> EventJson.decode(json.getBytes(StandardCharsets.UTF_8), MeetingInfo.class))
            .orElse(null);
    return new MeetingRegistry(meetingId, links, meeting);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
