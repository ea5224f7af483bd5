package io.rollcall.meeting.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rollcall.meeting.client.ZoomApi;
import io.rollcall.meeting.config.MeetingConfig;
import io.rollcall.meeting.domain.Meeting;
import io.rollcall.meeting.domain.ProblemException;
import io.rollcall.meeting.repository.MeetingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Fresh host credentials for one meeting: the start URL and a ZAK, fetched from Zoom at the moment
 * of asking, handed to the caller only and never stored or logged (a ZAK lets its holder act as the
 * host). Only the fact of issuing is recorded.
 */
@ApplicationScoped
public class HostLinkService {

  /** Host credentials; short-lived, and secret. */
  public record HostLink(
      String meetingId, String hostId, String startUrl, String zak, Instant expiresAt) {
    @Override
    public String toString() {
      return "HostLink[meetingId=" + meetingId + ", expiresAt=" + expiresAt + "]";
    }
  }

  private final ZoomApi zoom;
  private final SchedulingService meetings;
  private final MeetingRepository repository;
  private final Clock clock;
  private final Duration zakTtl;

  public HostLinkService(
      ZoomApi zoom,
      SchedulingService meetings,
      MeetingRepository repository,
      Clock clock,
      MeetingConfig config) {
    this.zoom = zoom;
    this.meetings = meetings;
    this.repository = repository;
    this.clock = clock;
    this.zakTtl = config.zoom().zakTtl();
  }

  /**
   * Issues host credentials for the tenant's meeting, fetched with the tenant's Zoom credentials.
   *
   * @param tenant the caller's tenant; another tenant's meeting is a 404
   * @param claimedHost who the caller acts for; must be the meeting's host (the ref given at
   *     scheduling, the host's Zoom user id or email)
   */
  public HostLink issue(String tenant, String meetingId, String claimedHost) {
    Meeting meeting = meetings.find(tenant, meetingId);
    if (claimedHost == null || claimedHost.isBlank()) {
      throw ProblemException.badRequest("host is required: the meeting's host you act for");
    }
    if (!meeting.isHost(claimedHost)) {
      throw new ProblemException(
          403, "Not the host", "host links are issued only for the meeting's own host");
    }
    Instant now = clock.instant();
    String zak = zoom.zak(tenant, meeting.hostId(), zakTtl);
    JsonNode current =
        meeting.webinar() ? zoom.getWebinar(tenant, meetingId) : zoom.getMeeting(tenant, meetingId);
    String startUrl = current.path("start_url").asText(null);
    Instant expiresAt = now.plus(zakTtl);
    QuarkusTransaction.requiringNew()
        .run(() -> repository.recordHostLinkIssued(meeting, now, expiresAt));
    return new HostLink(meetingId, meeting.hostId(), startUrl, zak, expiresAt);
  }
}
