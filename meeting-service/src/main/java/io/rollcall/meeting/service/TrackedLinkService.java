package io.rollcall.meeting.service;

import io.rollcall.events.LinkStatus;
import io.rollcall.meeting.domain.Link;
import io.rollcall.meeting.domain.ProblemException;
import io.rollcall.meeting.repository.LinkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Tracked redirect links: record the click, then send the invitee to their Zoom link. Public (the
 * unguessable token is the credential), so not scoped by a caller's tenant; the click row carries
 * the link's tenant.
 */
@ApplicationScoped
public class TrackedLinkService {
  private final LinkRepository links;
  private final Clock clock;

  public TrackedLinkService(LinkRepository links, Clock clock) {
    this.links = links;
    this.clock = clock;
  }

  /** Records a click and returns the Zoom registrant join URL to redirect to. */
  @Transactional
  public String click(String token, String userAgent) {
    Link link =
        links.byTrackedToken(token).orElseThrow(() -> ProblemException.notFound("unknown link"));
    if (link.status() == LinkStatus.REVOKED) {
      throw new ProblemException(410, "Link revoked", "this invitation was withdrawn");
    }
    links.recordClick(link, clock.instant(), userAgent);
    return link.joinUrl();
  }
}
