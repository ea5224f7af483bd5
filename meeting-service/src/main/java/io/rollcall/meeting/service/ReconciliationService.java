package io.rollcall.meeting.service;

import io.rollcall.events.MeetingEnded;
import io.rollcall.events.MeetingKind;
import io.rollcall.meeting.config.MeetingConfig;
import io.rollcall.meeting.domain.Meeting;
import io.rollcall.meeting.domain.ProblemException;
import io.rollcall.meeting.domain.ReconciliationSchedule;
import io.rollcall.meeting.repository.MeetingRepository;
import io.rollcall.meeting.repository.ReconciliationEntity;
import io.rollcall.meeting.repository.ReconciliationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Requests for reconciling an instance with Zoom's participants report: after its end ({@code
 * meeting_ended} plus {@code rollcall.reconciliation.delay}), on an operator's demand (now), or
 * found by the sweep (now). Only instances of meetings meeting-service scheduled are reconciled,
 * and not webinars' (Zoom reports them under {@code /report/webinars}, which Rollcall does not read
 * yet). The fetch itself is {@link Reconciler}'s.
 */
@ApplicationScoped
public class ReconciliationService {
  /** Trigger of a fetch after {@code meeting_ended} ({@code ReportCompleted.trigger}). */
  public static final String MEETING_ENDED = "meeting_ended";

  /** Trigger of an operator's request. */
  public static final String ON_DEMAND = "on_demand";

  /** Trigger of an instance found by {@link InstanceSweep}. */
  public static final String SWEEP = "sweep";

  private final MeetingRepository meetings;
  private final ReconciliationRepository reconciliations;
  private final Clock clock;
  private final Duration delay;
  private final Reconciler reconciler;

  public ReconciliationService(
      MeetingRepository meetings,
      ReconciliationRepository reconciliations,
      Clock clock,
      MeetingConfig config,
      Reconciler reconciler) {
    this.meetings = meetings;
    this.reconciliations = reconciliations;
    this.clock = clock;
    this.delay = config.reconciliation().delay();
    this.reconciler = reconciler;
  }

  /**
   * Schedules the instances of {@code ended} that belong to meetings meeting-service scheduled, in
   * one transaction; instances already known (requested, reconciled, failed) are left as they are.
   *
   * @return how many were scheduled
   */
  @Transactional
  public int meetingsEnded(List<MeetingEnded> ended) {
    // The tenant is the meeting's own, from our table: the message's says the same when present.
    Map<String, String> tenantOfOurs =
        ended.stream()
            .filter(e -> e.kind() != MeetingKind.WEBINAR)
            .map(MeetingEnded::meetingId)
            .distinct()
            .map(meetings::byId)
            .flatMap(Optional::stream)
            .filter(m -> m.kind() != MeetingKind.WEBINAR)
            .collect(Collectors.toMap(Meeting::meetingId, Meeting::tenant));
    var dueAt = ReconciliationSchedule.afterEnd(clock.instant(), delay);
    int scheduled = 0;
    for (MeetingEnded e : ended) {
      String tenant = tenantOfOurs.get(e.meetingId());
      if (tenant != null
          && reconciliations.requestIfNew(
              tenant, e.instanceUuid(), e.meetingId(), MEETING_ENDED, dueAt)) {
        scheduled++;
      }
    }
    return scheduled;
  }

  /**
   * An operator's request (for the caller's {@code tenant}): fetch the instance's report now,
   * whatever was fetched before.
   *
   * @throws ProblemException 404 when meeting-service did not schedule the meeting; 409 when the
   *     instance is recorded under another meeting; 422 for a webinar
   */
  @Transactional
  public ReconciliationEntity requestNow(String tenant, String meetingId, String instanceUuid) {
    Meeting meeting =
        meetings
            .byId(tenant, meetingId)
            .orElseThrow(
                () ->
                    ProblemException.notFound(
                        "meeting " + meetingId + " was not scheduled through Rollcall"));
    if (meeting.kind() == MeetingKind.WEBINAR) {
      throw new ProblemException(
          422, "Not reconciled", "webinars are not reconciled with Zoom's report yet");
    }
    reconciliations
        .byInstance(instanceUuid)
        .filter(r -> !r.meetingId.equals(meetingId))
        .ifPresent(
            r -> {
              throw ProblemException.conflict(
                  r.tenant.equals(tenant)
                      ? "instance " + instanceUuid + " belongs to meeting " + r.meetingId
                      : "instance " + instanceUuid + " belongs to another meeting");
            });
    ReconciliationEntity row =
        reconciliations.request(tenant, instanceUuid, meetingId, ON_DEMAND, clock.instant());
    reconciler.wakeAfterCommit();
    return row;
  }

  /**
   * An instance the sweep found ended: scheduled now unless it is known already.
   *
   * @return whether it was new
   */
  @Transactional
  public boolean swept(Meeting meeting, String instanceUuid) {
    return reconciliations.requestIfNew(
        meeting.tenant(), instanceUuid, meeting.meetingId(), SWEEP, clock.instant());
  }
}
