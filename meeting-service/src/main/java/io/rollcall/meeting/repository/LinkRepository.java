package io.rollcall.meeting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.rollcall.events.LinkStatus;
import io.rollcall.meeting.domain.Link;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

/**
 * Table {@code link} and the clicks on tracked links. Every method joins the caller's transaction,
 * or runs in one of its own when there is none.
 */
@ApplicationScoped
@Transactional
public class LinkRepository implements PanacheRepositoryBase<LinkEntity, String> {
  private static final int MAX_USER_AGENT = 300;

  private final LinkClickRepository clicks;

  public LinkRepository(LinkClickRepository clicks) {
    this.clicks = clicks;
  }

  /**
   * Inserts the link unless it would break a unique constraint: (meeting, ref) or (meeting, email)
   * already taken, typically by a concurrent request for the same invitee.
   *
   * <p>SQL, not {@code persist}: a unique violation from {@code persist} marks the transaction
   * rollback-only, while the caller must go on in it to read the link that won the race. {@code ON
   * CONFLICT DO NOTHING} turns the race into "not inserted".
   *
   * @return true when inserted, false when another link holds the ref or the email
   */
  public boolean insertIfAbsent(Link l) {
    // Typed, so that a null (first or last name, tracked token) is bound as text.
    NativeQuery<?> insert =
        getSession()
            .createNativeQuery(
                "INSERT INTO link (link_id, meeting_id, invitee_ref, email, first_name, last_name,"
                    + " registrant_id, join_url, customer_key, tracked_token, status, role,"
                    + " panelist_id, tenant, issued_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"
                    + " ON CONFLICT DO NOTHING");
    List<String> text =
        Arrays.asList(
            l.linkId(),
            l.meetingId(),
            l.inviteeRef(),
            l.email(),
            l.firstName(),
            l.lastName(),
            l.registrantId(),
            l.joinUrl(),
            l.customerKey(),
            l.trackedToken(),
            l.status().name(),
            l.role().name(),
            l.panelistId(),
            l.tenant());
    for (int i = 0; i < text.size(); i++) {
      insert.setParameter(i + 1, text.get(i), String.class);
    }
    insert.setParameter(text.size() + 1, l.issuedAt(), Instant.class);
    int inserted = insert.executeUpdate();
    return inserted == 1;
  }

  /** Marks the link revoked at {@code at}. */
  public void markRevoked(String linkId, Instant at) {
    update("status = ?1, revokedAt = ?2 where linkId = ?3", LinkStatus.REVOKED, at, linkId);
  }

  /** The link of invitee {@code ref} in the meeting, revoked or not. */
  public Optional<Link> byRef(String meetingId, String ref) {
    return find("meetingId = ?1 and inviteeRef = ?2", meetingId, ref)
        .firstResultOptional()
        .map(LinkEntity::toLink);
  }

  /** The link with this tracked-redirect token. */
  public Optional<Link> byTrackedToken(String token) {
    return find("trackedToken", token).firstResultOptional().map(LinkEntity::toLink);
  }

  /** The meeting's links, oldest first (then by ref). */
  public List<Link> forMeeting(String meetingId) {
    return list("meetingId", Sort.by("issuedAt").and("inviteeRef"), meetingId).stream()
        .map(LinkEntity::toLink)
        .toList();
  }

  /** Links of the meeting whose email (case-insensitive) is one of those given. */
  public List<Link> withEmails(String meetingId, List<String> emails) {
    if (emails.isEmpty()) {
      return List.of();
    }
    List<String> lower = emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
    return list("meetingId = ?1 and lower(email) in ?2", meetingId, lower).stream()
        .map(LinkEntity::toLink)
        .toList();
  }

  /** Records a click on a tracked link; the User-Agent is cut to 300 characters. */
  public void recordClick(Link link, Instant at, String userAgent) {
    LinkClickEntity click = new LinkClickEntity();
    click.linkId = link.linkId();
    click.tenant = link.tenant();
    click.clickedAt = at;
    click.userAgent =
        userAgent == null
            ? null
            : userAgent.substring(0, Math.min(MAX_USER_AGENT, userAgent.length()));
    clicks.persist(click);
  }

  /**
   * The tenant's links of person {@code ref} that carry personal data: invitees', webinar
   * attendees' and panelists' (not hosts', which are not stored here), locked until the caller's
   * transaction ends.
   */
  public List<Link> ofPerson(String tenant, String ref) {
    // Locked: a concurrent erasure of the same person waits, then finds nothing left.
    return find("tenant = ?1 and inviteeRef = ?2", Sort.by("issuedAt"), tenant, ref)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .list()
        .stream()
        .map(LinkEntity::toLink)
        .toList();
  }

  /**
   * Deletes these links and their clicks.
   *
   * @return how many links and clicks were deleted
   */
  public Deleted deleteWithClicks(List<String> linkIds) {
    if (linkIds.isEmpty()) {
      return new Deleted(0, 0);
    }
    long clicksDeleted = clicks.delete("linkId in ?1", linkIds);
    long linksDeleted = delete("linkId in ?1", linkIds);
    return new Deleted((int) linksDeleted, (int) clicksDeleted);
  }

  /** What {@link #deleteWithClicks} deleted. */
  public record Deleted(int links, int clicks) {}

  /** How many clicks the link has had. */
  public long clicks(String linkId) {
    return clicks.count("linkId", linkId);
  }
}
