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

  /**
   * The meeting with this Zoom meeting id, if it was scheduled through Rollcall, whatever its
   * tenant (for messages, which name no caller). Requests use {@link #byId(String, String)}.
   */
  public Optional<Meeting> byId(String meetingId) {
    return findByIdOptional(meetingId).map(MeetingEntity::toMeeting);
  }

  /**
   * The meeting with this Zoom meeting id if it was scheduled through Rollcall for {@code tenant}:
   * another tenant's meeting is not found, like an unknown one.
   */
  public Optional<Meeting> byId(String tenant, String meetingId) {
    return byId(meetingId).filter(m -> m.tenant().equals(tenant));
  }

  /**
   * The meetings (not webinars) scheduled through Rollcall, or starting, at {@code since} or later:
   * the ones whose ended instances the reconciliation sweep looks for (each with its tenant, whose
   * credentials ask Zoom). Oldest first.
   */
  public List<Meeting> meetingsSince(Instant since) {
    return list(
            "kind = ?1 and (createdAt >= ?2 or startTime >= ?2) order by createdAt",
            MeetingKind.MEETING,
            since)
        .stream()
        .map(MeetingEntity::toMeeting)
        .toList();
  }

  /**
   * Records that a host start link valid until {@code expiresAt} was issued at {@code issuedAt}.
   */
  public void recordHostLinkIssued(Meeting meeting, Instant issuedAt, Instant expiresAt) {
    HostLinkIssueEntity issue = new HostLinkIssueEntity();
    issue.meetingId = meeting.meetingId();
    issue.tenant = meeting.tenant();
    issue.issuedAt = issuedAt;
    issue.expiresAt = expiresAt;
    hostLinkIssues.persist(issue);
  }
}
