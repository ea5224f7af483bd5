package io.rollcall.attendance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rollcall.attendance.repository.entity.InviteeLinkEntity;
import io.rollcall.events.LinkEvent;
import io.rollcall.events.LinkStatus;
import io.rollcall.support.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The links Rollcall issued (table {@code invitee_link}), from {@code rollcall.links.v1}: who may
 * be assigned a connection of a meeting.
 */
@ApplicationScoped
public class InviteeLinkRepository implements PanacheRepositoryBase<InviteeLinkEntity, String> {

  /** The later state of one link: by {@code occurred_at} (absent first), then event id. */
  private static final Comparator<LinkEvent> LATER =
      Comparator.comparing(LinkEvent::occurredAt, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(LinkEvent::eventId);

  /**
   * Stores the links' states in one statement (native: {@code INSERT … SELECT unnest(…) ON CONFLICT
   * DO UPDATE … WHERE newer}, one round trip per batch of the topic, which a big registration fills
   * with thousands of links). The latest state per link wins whatever the order, so redelivery and
   * replay change nothing. {@code tenantOf} gives the tenant of a link event's {@code tenant} (null
   * on events written before tenants).
   */
  public void upsertAll(Collection<LinkEvent> links, UnaryOperator<String> tenantOf) {
    Map<String, LinkEvent> latest = new LinkedHashMap<>();
    for (LinkEvent link : links) {
      latest.merge(link.linkId(), link, (a, b) -> LATER.compare(a, b) >= 0 ? a : b);
    }
    if (latest.isEmpty()) {
      return;
    }
    List<LinkEvent> rows = List.copyOf(latest.values());
    NativeSql.update(
        getEntityManager(),
        """
        INSERT INTO invitee_link
               (link_id, meeting_id, ref, role, status, name, email, occurred_at, event_id, tenant)
        SELECT l, m, r, ro, s, n, e, o::timestamptz, ev, t
          FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                      ?::text[], ?::text[], ?::text[], ?::text[]) AS u(l, m, r, ro, s, n, e, o, ev, t)
        ON CONFLICT (link_id) DO UPDATE
           SET tenant = EXCLUDED.tenant, meeting_id = EXCLUDED.meeting_id, ref = EXCLUDED.ref, role = EXCLUDED.role,
               status = EXCLUDED.status, name = EXCLUDED.name, email = EXCLUDED.email,
               occurred_at = EXCLUDED.occurred_at, event_id = EXCLUDED.event_id
         WHERE invitee_link.occurred_at IS NULL
            OR (EXCLUDED.occurred_at IS NOT NULL
                AND (EXCLUDED.occurred_at, EXCLUDED.event_id)
                    >= (invitee_link.occurred_at, invitee_link.event_id))
        """,
        column(rows, LinkEvent::linkId),
        column(rows, LinkEvent::meetingId),
        column(rows, LinkEvent::inviteeRef),
        column(rows, l -> l.role().name()),
        column(rows, l -> l.status().name()),
        column(rows, l -> l.displayName().isEmpty() ? null : l.displayName()),
        column(rows, LinkEvent::email),
        column(rows, l -> text(l.occurredAt())),
        column(rows, LinkEvent::eventId),
        column(rows, l -> tenantOf.apply(l.tenant())));
  }

  /**
   * Whether {@code ref} of the tenant holds an issued link of the meeting (as invitee, host,
   * attendee, …).
   */
  public boolean hasIssuedLink(String tenant, String meetingId, String ref) {
    return count(
            "tenant = ?1 and meetingId = ?2 and ref = ?3 and status = ?4",
            tenant,
            meetingId,
            ref,
            LinkStatus.ISSUED.name())
        > 0;
  }

  /**
   * Deletes the links (tombstones of the compacted topic: the link was erased).
   *
   * @return how many were stored
   */
  public int deleteAll(Collection<String> linkIds) {
    if (linkIds.isEmpty()) {
      return 0;
    }
    return NativeSql.update(
        getEntityManager(),
        "DELETE FROM invitee_link WHERE link_id = ANY (?::text[])",
        (Object) linkIds.toArray(String[]::new));
  }

  private static String[] column(
      List<LinkEvent> rows, java.util.function.Function<LinkEvent, String> value) {
    return rows.stream().map(value).toArray(String[]::new);
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
