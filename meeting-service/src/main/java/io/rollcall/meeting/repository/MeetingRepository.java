package io.rollcall.meeting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rollcall.events.MeetingKind;
import io.rollcall.meeting.domain.Meeting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Table {@code meeting} and the host-link issues of a meeting. Every method joins the caller's
 * transaction, or runs in one of its own when there is none.
 */
@ApplicationScoped
@Transactional
public class MeetingRepository implements PanacheRepositoryBase<MeetingEntity, String> {
  private final HostLinkIssueRepository hostLinkIssues;

  public MeetingRepository(HostLinkIssueRepository hostLinkIssues) {
    this.hostLinkIssues = hostLinkIssues;
  }

  /**
   * Stores a newly scheduled meeting.
   *
   * @throws jakarta.persistence.PersistenceException when the meeting id is taken
   */
  public void insert(Meeting meeting) {
    persist(MeetingEntity.of(meeting));
  }

  /** The meeting with this Zoom meeting id, if it was scheduled through Rollcall. */
  public Optional<Meeting> byId(String meetingId) {
    return findByIdOptional(meetingId).map(MeetingEntity::toMeeting);
  }

  /**
   * The meetings (not webinars) scheduled through Rollcall, or starting, at {@code since} or later:
   * the ones whose ended instances the reconciliation sweep looks for. Oldest first.
   */
  public List<String> meetingIdsSince(Instant since) {
    return getEntityManager()
        .createQuery(
            "select m.meetingId from MeetingEntity m where m.kind = :kind"
                + " and (m.createdAt >= :since or m.startTime >= :since) order by m.createdAt",
            String.class)
        .setParameter("kind", MeetingKind.MEETING)
        .setParameter("since", since)
        .getResultList();
  }

  /**
   * Records that a host start link valid until {@code expiresAt} was issued at {@code issuedAt}.
   */
  public void recordHostLinkIssued(String meetingId, Instant issuedAt, Instant expiresAt) {
    HostLinkIssueEntity issue = new HostLinkIssueEntity();
    issue.meetingId = meetingId;
    issue.issuedAt = issuedAt;
    issue.expiresAt = expiresAt;
    hostLinkIssues.persist(issue);
  }
}
