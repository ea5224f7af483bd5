package io.rollcall.meeting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rollcall.meeting.domain.Meeting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
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
