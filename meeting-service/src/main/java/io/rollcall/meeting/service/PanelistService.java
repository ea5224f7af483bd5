package io.rollcall.meeting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rollcall.events.LinkRole;
import io.rollcall.events.LinkStatus;
import io.rollcall.meeting.client.ZoomApi;
import io.rollcall.meeting.client.ZoomApi.PanelistRegistration;
import io.rollcall.meeting.domain.InviteeRequest;
import io.rollcall.meeting.domain.InviteesRequest;
import io.rollcall.meeting.domain.JoinUrls;
import io.rollcall.meeting.domain.Link;
import io.rollcall.meeting.domain.LinkEvents;
import io.rollcall.meeting.domain.Meeting;
import io.rollcall.meeting.domain.ProblemException;
import io.rollcall.meeting.domain.Tokens;
import io.rollcall.meeting.messaging.Outbox;
import io.rollcall.meeting.repository.LinkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Adds a webinar's panelists in Zoom, one panelist link each, idempotently per (webinar, ref), and
 * publishes each link (role {@code panelist}, kind {@code webinar}) through the outbox like an
 * invitee's. Zoom's "Add panelists" ({@code POST /webinars/{webinarId}/panelists}) answers no
 * links; they are read back with "List panelists" ({@code GET /webinars/{webinarId}/panelists}) and
 * matched by email. A panelist has no registrant id: identity-service recognises a panelist by the
 * email and name given here. Zoom failures are reported per panelist; repeating the request
 * completes what is missing.
 */
@ApplicationScoped
public class PanelistService {
  /** Zoom's limit of panelists per webinar. */
  public static final int MAX_PANELISTS = 100;

  private final ZoomApi zoom;
  private final LinkRepository links;
  private final SchedulingService meetings;
  private final Outbox outbox;
  private final Clock clock;

  public PanelistService(
      ZoomApi zoom, LinkRepository links, SchedulingService meetings, Outbox outbox, Clock clock) {
    this.zoom = zoom;
    this.links = links;
    this.meetings = meetings;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * Adds {@code request}'s people as panelists of the tenant's webinar {@code webinarId}.
   *
   * @return one result per panelist, in request order: issued, existing or failed
   * @throws ProblemException 400 for an invalid list (at most {@value #MAX_PANELISTS}), 404 when
   *     the webinar was not scheduled through Rollcall
   */
  public List<InviteeResult> add(String tenant, String webinarId, InviteesRequest request) {
    request.validate("panelists");
    if (request.invitees().size() > MAX_PANELISTS) {
      throw ProblemException.badRequest("at most " + MAX_PANELISTS + " panelists per webinar");
    }
    Meeting webinar = meetings.findWebinar(tenant, webinarId);
    Map<String, InviteeResult> results = new LinkedHashMap<>();
    List<InviteeRequest> pending = new ArrayList<>();
    for (InviteeRequest panelist : request.invitees()) {
      Link existing = links.byRef(webinarId, panelist.ref()).orElse(null);
      if (existing == null) {
        results.put(panelist.ref(), null);
        pending.add(panelist);
      } else if (existing.role() != LinkRole.PANELIST) {
        results.put(
            panelist.ref(),
            InviteeResult.failed(panelist.ref(), "this ref is an attendee of the webinar"));
      } else {
        results.put(panelist.ref(), InviteeResult.existing(existing));
      }
    }
    if (!pending.isEmpty()) {
      addInZoom(webinar, pending).forEach(r -> results.put(r.ref(), r));
    }
    return List.copyOf(results.values());
  }

  /** The tenant's webinar's panelists and their links. */
  public List<Link> list(String tenant, String webinarId) {
    meetings.findWebinar(tenant, webinarId);
    return links.forMeeting(webinarId).stream().filter(l -> l.role() == LinkRole.PANELIST).toList();
  }

  /**
   * Removes the panelist in Zoom and publishes the link's revocation (outbox, one transaction).
   * Repeating it is harmless.
   *
   * @throws ProblemException 404 when the webinar or the panelist ref is unknown
   */
  public Link revoke(String tenant, String webinarId, String ref) {
    Meeting webinar = meetings.findWebinar(tenant, webinarId);
    Link link =
        links
            .byRef(webinarId, ref)
            .filter(l -> l.role() == LinkRole.PANELIST)
            .orElseThrow(
                () ->
                    ProblemException.notFound("no panelist '" + ref + "' in webinar " + webinarId));
    if (link.status() == LinkStatus.REVOKED) {
      return link;
    }
    zoom.removePanelist(tenant, webinarId, link.panelistId());
    Link revoked = link.revoked(clock.instant());
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              links.markRevoked(revoked.linkId(), revoked.revokedAt());
              outbox.append(LinkEvents.invitee(revoked, webinar.kind()));
            });
    return revoked;
  }

  private List<InviteeResult> addInZoom(Meeting webinar, List<InviteeRequest> pending) {
    List<PanelistRegistration> answered;
    try {
      answered =
          zoom.addPanelists(
              webinar.tenant(),
              webinar.meetingId(),
              pending.stream().map(p -> new ZoomApi.Panelist(fullName(p), p.email())).toList());
    } catch (RuntimeException e) {
      return pending.stream()
          .map(p -> InviteeResult.failed(p.ref(), ZoomErrors.describe(e)))
          .toList();
    }
    Map<String, PanelistRegistration> byEmail = new HashMap<>();
    answered.forEach(a -> byEmail.put(a.email().toLowerCase(Locale.ROOT), a));
    List<InviteeResult> results = new ArrayList<>();
    for (InviteeRequest p : pending) {
      PanelistRegistration a = byEmail.get(p.email().toLowerCase(Locale.ROOT));
      results.add(
          a == null
              ? InviteeResult.failed(p.ref(), "Zoom listed no panelist with this email")
              : persist(webinar, p, a));
    }
    return results;
  }

  private InviteeResult persist(Meeting webinar, InviteeRequest p, PanelistRegistration a) {
    if (a.joinUrl().isBlank() || JoinUrls.carriesHostCredentials(a.joinUrl())) {
      return InviteeResult.failed(p.ref(), "Zoom returned no usable panelist link");
    }
    Link link =
        new Link(
            Tokens.linkId(),
            webinar.meetingId(),
            p.ref(),
            p.email(),
            p.firstName(),
            p.lastName(),
            "",
            a.joinUrl(),
            Tokens.customerKey(),
            null,
            LinkStatus.ISSUED,
            clock.instant(),
            null,
            LinkRole.PANELIST,
            a.panelistId(),
            webinar.tenant());
    try {
      return QuarkusTransaction.requiringNew()
          .call(
              () -> {
                if (links.insertIfAbsent(link)) {
                  outbox.append(LinkEvents.invitee(link, webinar.kind()));
                  return InviteeResult.issued(link);
                }
                return links
                    .byRef(webinar.meetingId(), p.ref())
                    .map(InviteeResult::existing)
                    .orElseGet(
                        () ->
                            InviteeResult.failed(
                                p.ref(),
                                "this email is already registered for another ref of the"
                                    + " webinar"));
              });
    } catch (RuntimeException e) {
      return InviteeResult.failed(p.ref(), "could not store the link; retry the request");
    }
  }

  /** Zoom wants one {@code name}; the email's local part stands in when none is given. */
  private static String fullName(InviteeRequest p) {
    String last = p.lastName() == null ? "" : p.lastName().trim();
    return (p.zoomFirstName().trim() + " " + last).trim();
  }
}
