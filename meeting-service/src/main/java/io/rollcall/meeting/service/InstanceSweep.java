package io.rollcall.meeting.service;

import io.quarkus.scheduler.Scheduled;
import io.rollcall.meeting.client.ZoomApi;
import io.rollcall.meeting.client.ZoomApiException;
import io.rollcall.meeting.client.ZoomUnavailableException;
import io.rollcall.meeting.config.MeetingConfig;
import io.rollcall.meeting.domain.Meeting;
import io.rollcall.meeting.repository.MeetingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Finds instances whose {@code meeting.ended} never arrived (Zoom dropped the webhook after its
 * last retry, or a pipeline stage lost it): for every meeting of every tenant scheduled through
 * Rollcall within {@code rollcall.reconciliation.sweep-window}, asks Zoom for its ended instances
 * ({@code GET /past_meetings/{meetingId}/instances}, with the meeting's tenant's credentials) and
 * schedules those not known yet with trigger {@code sweep}. An instance already requested or
 * reconciled is left alone, so the sweep never fetches a report twice. Runs every {@code
 * rollcall.reconciliation.sweep-interval} on each replica (two sweeps at once only find the same
 * instances; the row's primary key keeps one request).
 */
@ApplicationScoped
public class InstanceSweep {
  private static final Logger LOG = Logger.getLogger(InstanceSweep.class);

  private final MeetingRepository meetings;
  private final ZoomApi zoom;
  private final ReconciliationService reconciliation;
  private final Reconciler reconciler;
  private final Clock clock;
  private final Duration window;

  public InstanceSweep(
      MeetingRepository meetings,
      ZoomApi zoom,
      ReconciliationService reconciliation,
      Reconciler reconciler,
      Clock clock,
      MeetingConfig config) {
    this.meetings = meetings;
    this.zoom = zoom;
    this.reconciliation = reconciliation;
    this.reconciler = reconciler;
    this.clock = clock;
    this.window = config.reconciliation().sweepWindow();
  }

  @Scheduled(
      every = "${rollcall.reconciliation.sweep-interval:1h}",
      delayed = "5m", // not urgent at startup: the meeting_ended backlog comes first
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    int found = sweep();
    if (found > 0) {
      LOG.infof("reconciliation sweep found %d ended instances without a request", found);
    }
  }

  /**
   * One sweep. A meeting Zoom no longer knows (or refuses) is skipped; when calls to Zoom are
   * paused the sweep stops and the next one starts over.
   *
   * @return how many instances were scheduled
   */
  public int sweep() {
    int found = 0;
    for (Meeting meeting : meetings.meetingsSince(clock.instant().minus(window))) {
      try {
        for (String uuid : zoom.pastInstanceUuids(meeting.tenant(), meeting.meetingId())) {
          if (reconciliation.swept(meeting, uuid)) {
            found++;
          }
        }
      } catch (ZoomApiException e) {
        LOG.debugf(
            "sweep: instances of meeting %s not read: %s", meeting.meetingId(), e.getMessage());
      } catch (ZoomUnavailableException e) {
        LOG.infof("sweep stopped: %s", e.getMessage());
        break;
      }
    }
    if (found > 0) {
      reconciler.wake();
    }
    return found;
  }
}
