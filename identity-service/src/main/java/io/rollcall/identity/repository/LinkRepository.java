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
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
  public void upsert(LinkEvent link, String tenant) {
    String meetingJson =
        link.meeting() == null
            ? null
            : new String(EventJson.encode(link.meeting()), StandardCharsets.UTF_8);
    NativeSql.update(
        getEntityManager(),
        "INSERT INTO link (link_id, meeting_id, role, status, invitee_ref, registrant_id,"
            + " customer_key, email, first_name, last_name, zoom_user_id, meeting_json,"
            + " occurred_at, event_id, tenant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (link_id) DO UPDATE SET meeting_id = EXCLUDED.meeting_id,"
            + " role = EXCLUDED.role, status = EXCLUDED.status,"
            + " invitee_ref = EXCLUDED.invitee_ref, registrant_id = EXCLUDED.registrant_id,"
            + " customer_key = EXCLUDED.customer_key, email = EXCLUDED.email,"
            + " first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name,"
            + " zoom_user_id = EXCLUDED.zoom_user_id,"
            + " meeting_json = COALESCE(EXCLUDED.meeting_json, link.meeting_json),"
            + " occurred_at = EXCLUDED.occurred_at, event_id = EXCLUDED.event_id,"
            + " tenant = EXCLUDED.tenant"
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
        link.eventId(),
        tenant);
  }

  /**
   * The meeting's links in link-id order and its settings (from the host link, else from any link
   * that carries them), whatever their tenant (tests, diagnostics). Joins the caller's transaction,
   * or runs in its own.
   */
  @Transactional
  public MeetingRegistry registry(String meetingId) {
    return registry(meetingId, null);
  }

  /**
   * The meeting's links of {@code tenant} (all tenants' when null) in link-id order and its
   * settings (from the host link, else from any link that carries them). A link of another tenant
   * never takes part in the resolution of a tenant's instance. Joins the caller's transaction, or
   * runs in its own.
   */
  @Transactional
  public MeetingRegistry registry(String meetingId, String tenant) {
    String ofTenant = tenant == null ? "" : " and l.tenant = :tenant";
    List<RegistryLink> links =
        (tenant == null
                ? find("meetingId", Sort.by("linkId"), meetingId)
                : find("meetingId = ?1 and tenant = ?2", Sort.by("linkId"), meetingId, tenant))
            .project(RegistryLink.class)
            .list();
    var meetingQuery =
        getEntityManager()
            .createQuery(
                "select l.meetingJson from LinkEntity l"
                    + " where l.meetingId = :meeting and l.meetingJson is not null"
                    + ofTenant
                    + " order by case when l.role = :host then 0 else 1 end, l.linkId",
                String.class)
            .setParameter("meeting", meetingId)
            .setParameter("host", LinkRole.HOST)
            .setMaxResults(1);
    if (tenant != null) {
      meetingQuery.setParameter("tenant", tenant);
    }
    MeetingInfo meeting =
        meetingQuery
            .getResultStream()
            .findFirst()
            .map(json -> EventJson.decode(json.getBytes(StandardCharsets.UTF_8), MeetingInfo.class))
            .orElse(null);
    return new MeetingRegistry(meetingId, links, meeting);
  }

  /** Where a stored link belongs: its meeting and tenant. */
  public record Owner(String meetingId, String tenant, String inviteeRef) {}

  /** The meeting, tenant and person of a stored link, if it is stored. */
  public Optional<Owner> ownerOf(String linkId) {
    return NativeSql.<Object[]>query(
            getEntityManager(),
            "SELECT meeting_id, tenant, invitee_ref FROM link WHERE link_id = ?",
            linkId)
        .stream()
        .findFirst()
        .map(row -> new Owner((String) row[0], (String) row[1], (String) row[2]));
  }

  /** Deletes a link (a tombstone, an erasure); true when it was stored. */
  public boolean remove(String linkId) {
    return NativeSql.update(getEntityManager(), "DELETE FROM link WHERE link_id = ?", linkId) > 0;
  }

  /**
   * A stored link of an erased person: where it belongs and the ids a participant event may carry
   * to name it (its registrant id and customer key).
   */
  public record PersonLink(
      String linkId, String meetingId, String registrantId, String customerKey) {}

  /**
   * The tenant's invitee links of {@code ref} (a host link holds the meeting's settings and is not
   * a person's to erase, as in meeting-service), and those of {@code linkIds} among the tenant's
   * links.
   */
  public List<PersonLink> ofPerson(String tenant, String ref, Collection<String> linkIds) {
    return NativeSql.<Object[]>query(
            getEntityManager(),
            "SELECT link_id, meeting_id, registrant_id, customer_key FROM link"
                + " WHERE tenant = ? AND ((invitee_ref = ? AND role <> 'HOST')"
                + " OR link_id = ANY(?::text[]))"
                + " ORDER BY link_id",
            tenant,
            ref,
            linkIds.toArray(new String[0]))
        .stream()
        .map(
            row ->
                new PersonLink((String) row[0], (String) row[1], (String) row[2], (String) row[3]))
        .toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
