package io.rollcall.meeting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rollcall.events.LinkRole;
import io.rollcall.events.LinkStatus;
import io.rollcall.meeting.client.ZoomApi;
import io.rollcall.meeting.client.ZoomApi.Registrant;
import io.rollcall.meeting.client.ZoomApi.Registration;
import io.rollcall.meeting.config.MeetingConfig;
import io.rollcall.meeting.domain.Batches;
import io.rollcall.meeting.domain.InviteeRequest;
import io.rollcall.meeting.domain.InviteesRequest;
import io.rollcall.meeting.domain.JoinUrls;
import io.rollcall.meeting.domain.Link;
import io.rollcall.meeting.domain.LinkEvents;
import io.rollcall.meeting.domain.Meeting;
import io.rollcall.meeting.domain.ProblemException;
import io.rollcall.meeting.domain.Tokens;
import io.rollcall.meeting.messaging.Outbox;
import io.rollcall.meeting.repository.ErasureRepository;
import io.rollcall.meeting.repository.LinkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Registers invitees in Zoom, one registrant link each, idempotently per (meeting, ref): a ref that
 * already has a link gets it back without a Zoom call. Zoom failures are reported per invitee;
 * repeating the request completes what is missing. For a webinar the same holds for its attendees
 * (Zoom's webinar registrants, {@code POST /webinars/{webinarId}/registrants}; role {@code
 * attendee}).
 */
@ApplicationScoped
public class InviteeService {
  private final ZoomApi zoom;
  private final ErasureRepository erasures;
  private final LinkRepository links;
  private final SchedulingService meetings;
  private final Outbox outbox;
  private final Clock clock;
  private final int batchSize;

  public InviteeService(
      ZoomApi zoom,
      LinkRepository links,
      SchedulingService meetings,
      Outbox outbox,
      Clock clock,
      MeetingConfig config,
      ErasureRepository erasures) {
    this.erasures = erasures;
    this.zoom = zoom;
    this.links = links;
    this.meetings = meetings;
    this.outbox = outbox;
    this.clock = clock;
    this.batchSize = config.links().zoomBatchSize();
  }

  /**
   * Registers a meeting's invitees ({@code POST /meetings/{meeting_id}/invitees}) for the caller's
   * {@code tenant}.
   *
   * @throws ProblemException 400 for an invalid list, 404 when the tenant did not schedule it
   */
  public List<InviteeResult> register(String tenant, String meetingId, InviteesRequest request) {
    request.validate();
    return register(meetings.find(tenant, meetingId), request);
  }

  /**
   * Registers a webinar's attendees ({@code POST /webinars/{webinar_id}/attendees}), one webinar
   * registrant link each.
   *
   * @throws io.rollcall.meeting.domain.ProblemException 400 for an invalid list, 404 when the
   *     webinar was not scheduled through Rollcall
   */
  public List<InviteeResult> registerAttendees(
      String tenant, String webinarId, InviteesRequest request) {
    request.validate("attendees");
    return register(meetings.findWebinar(tenant, webinarId), request);
  }

  private List<InviteeResult> register(Meeting meeting, InviteesRequest request) {
    String meetingId = meeting.meetingId();
    Map<String, InviteeResult> results = new LinkedHashMap<>();
    request.invitees().forEach(i -> results.put(i.ref(), null));
    List<InviteeRequest> pending = new ArrayList<>();
    Map<String, Link> byEmail = new HashMap<>();
    links
        .withEmails(meetingId, request.invitees().stream().map(InviteeRequest::email).toList())
        .forEach(l -> byEmail.put(l.email().toLowerCase(Locale.ROOT), l));
    Map<String, String> digestByRef = new HashMap<>();
    request
        .invitees()
        .forEach(i -> digestByRef.put(i.ref(), ErasureService.digest(meeting.tenant(), i.ref())));
    Set<String> erased = erasures.erased(meeting.tenant(), digestByRef.values());
    for (InviteeRequest invitee : request.invitees()) {
      if (erased.contains(digestByRef.get(invitee.ref()))) {
        // Rollcall keeps an erased ref erased (its events are dropped): a link for it would
        // register the person at Zoom and show their name as a stranger's.
        results.put(
            invitee.ref(),
            InviteeResult.failed(
                invitee.ref(),
                "this ref was erased (DELETE /people/{ref}) and stays erased;"
                    + " invite the person under a new ref"));
        continue;
      }
      InviteeResult known = known(meetingId, invitee, byEmail);
      if (known != null) {
        results.put(invitee.ref(), known);
      } else {
        pending.add(invitee);
      }
    }
    for (InviteeResult r : registerInZoom(meeting, pending, request.wantsTrackedLinks())) {
      results.put(r.ref(), r);
    }
    return List.copyOf(results.values());
  }

  /** The answer for an invitee that needs no Zoom call, or null when it must be registered. */
  private InviteeResult known(String meetingId, InviteeRequest invitee, Map<String, Link> byEmail) {
    Link existing = links.byRef(meetingId, invitee.ref()).orElse(null);
    if (existing != null) {
      if (!invitee.email().equalsIgnoreCase(existing.email())) {
        // The ref names someone else already: answering with their link would hand one person's
        // personal link to another.
        return InviteeResult.failed(
            invitee.ref(),
            "this ref is already registered with another email and its link is that person's;"
                + " use another ref, or revoke that link first");
      }
      return existing.status() == LinkStatus.ISSUED
          ? InviteeResult.existing(existing)
          : InviteeResult.failed(invitee.ref(), "the link of this ref was revoked");
    }
    Link sameEmail = byEmail.get(invitee.email().toLowerCase(Locale.ROOT));
    if (sameEmail != null) {
      return InviteeResult.failed(
          invitee.ref(),
          "this email is already registered for another ref of the meeting; Zoom would give"
              + " both the same link");
    }
    return null;
  }

  private List<InviteeResult> registerInZoom(
      Meeting meeting, List<InviteeRequest> pending, boolean tracked) {
    List<InviteeResult> results = new ArrayList<>();
    if (Batches.zoomBatchAllowed(meeting.type())) {
      for (List<InviteeRequest> batch : Batches.split(pending, batchSize)) {
        results.addAll(registerBatch(meeting, batch, tracked));
      }
    } else {
      for (InviteeRequest invitee : pending) {
        results.add(registerOne(meeting, invitee, tracked));
      }
    }
    return results;
  }

  private List<InviteeResult> registerBatch(
      Meeting meeting, List<InviteeRequest> batch, boolean tracked) {
    List<Registration> registrations;
    try {
      registrations =
          zoom.batchRegistrants(
              meeting.tenant(), meeting.meetingId(), batch.stream().map(this::registrant).toList());
    } catch (RuntimeException e) {
      return batch.stream()
          .map(i -> InviteeResult.failed(i.ref(), ZoomErrors.describe(e)))
          .toList();
    }
    Map<String, Registration> byEmail = new HashMap<>();
    registrations.forEach(r -> byEmail.put(r.email().toLowerCase(Locale.ROOT), r));
    List<InviteeResult> results = new ArrayList<>();
    for (InviteeRequest invitee : batch) {
      Registration r = byEmail.get(invitee.email().toLowerCase(Locale.ROOT));
      results.add(
          r == null
              ? InviteeResult.failed(invitee.ref(), "Zoom returned no registrant for this email")
              : persist(meeting, invitee, r, tracked));
    }
    return results;
  }

  private InviteeResult registerOne(Meeting meeting, InviteeRequest invitee, boolean tracked) {
    try {
      Registration registration =
          meeting.webinar()
              ? zoom.addWebinarRegistrant(
                  meeting.tenant(), meeting.meetingId(), registrant(invitee))
              : zoom.addRegistrant(meeting.tenant(), meeting.meetingId(), registrant(invitee));
      return persist(meeting, invitee, registration, tracked);
    } catch (RuntimeException e) {
      return InviteeResult.failed(invitee.ref(), ZoomErrors.describe(e));
    }
  }

  private Registrant registrant(InviteeRequest i) {
    return new Registrant(i.email(), i.zoomFirstName(), i.lastName());
  }

  private InviteeResult persist(
      Meeting meeting, InviteeRequest invitee, Registration registration, boolean tracked) {
    if (registration.joinUrl().isBlank()
        || JoinUrls.carriesHostCredentials(registration.joinUrl())) {
      // A participant link must never let its holder act as host.
      return InviteeResult.failed(invitee.ref(), "Zoom returned no usable participant link");
    }
    Link link =
        new Link(
            Tokens.linkId(),
            meeting.meetingId(),
            invitee.ref(),
            invitee.email(),
            invitee.firstName(),
            invitee.lastName(),
            registration.registrantId(),
            registration.joinUrl(),
            Tokens.customerKey(),
            tracked ? Tokens.trackedToken() : null,
            LinkStatus.ISSUED,
            clock.instant(),
            null,
            meeting.registrantRole(),
            null,
            meeting.tenant());
    try {
      return QuarkusTransaction.requiringNew()
          .call(
              () -> {
                if (links.insertIfAbsent(link)) {
                  outbox.append(LinkEvents.invitee(link, meeting.kind()));
                  return InviteeResult.issued(link);
                }
                // a concurrent request registered this ref first: its link is the link
                return links
                    .byRef(meeting.meetingId(), invitee.ref())
                    .map(InviteeResult::existing)
                    .orElseGet(
                        () ->
                            InviteeResult.failed(
                                invitee.ref(),
                                "this email is already registered for another ref of the"
                                    + " meeting"));
              });
    } catch (RuntimeException e) {
      return InviteeResult.failed(invitee.ref(), "could not store the link; retry the request");
    }
  }

  /**
   * The links of the tenant's meeting's registrants: its invitees, or a webinar's attendees; 404
   * when the tenant did not schedule it.
   */
  public List<Link> list(String tenant, String meetingId) {
    Meeting meeting = meetings.find(tenant, meetingId);
    return links.forMeeting(meetingId).stream()
        .filter(l -> l.role() == meeting.registrantRole())
        .toList();
  }

  /** A webinar's attendees and their links; 404 when it was not scheduled through Rollcall. */
  public List<Link> listAttendees(String tenant, String webinarId) {
    meetings.findWebinar(tenant, webinarId);
    return list(tenant, webinarId);
  }

  /**
   * The link of {@code ref} in the tenant's meeting, revoked or not.
   *
   * @throws ProblemException 404 for another tenant's or an unknown meeting, or an unknown ref
   */
  public Link find(String tenant, String meetingId, String ref) {
    meetings.find(tenant, meetingId);
    return links
        .byRef(meetingId, ref)
        .orElseThrow(
            () -> ProblemException.notFound("no invitee '" + ref + "' in meeting " + meetingId));
  }

  /**
   * Cancels the registrant in Zoom (a meeting's or a webinar's) and publishes the revocation.
   * Repeating it is harmless.
   *
   * @throws ProblemException 404 for an unknown meeting or ref, 409 for a webinar panelist's ref
   *     (removed with {@code DELETE /webinars/{id}/panelists/{ref}})
   */
  public Link revoke(String tenant, String meetingId, String ref) {
    Meeting meeting = meetings.find(tenant, meetingId);
    Link link = find(tenant, meetingId, ref);
    if (link.role() == LinkRole.PANELIST) {
      throw ProblemException.conflict(
          "'"
              + ref
              + "' is a panelist of webinar "
              + meetingId
              + ": revoke it with DELETE /webinars/"
              + meetingId
              + "/panelists/"
              + ref);
    }
    if (link.status() == LinkStatus.REVOKED) {
      return link;
    }
    if (meeting.webinar()) {
      zoom.cancelWebinarRegistrant(tenant, meetingId, link.registrantId(), link.email());
    } else {
      zoom.cancelRegistrant(tenant, meetingId, link.registrantId(), link.email());
    }
    Link revoked = link.revoked(clock.instant());
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              links.markRevoked(revoked.linkId(), revoked.revokedAt());
              outbox.append(LinkEvents.invitee(revoked, meeting.kind()));
            });
    return revoked;
  }
}
