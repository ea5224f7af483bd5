package io.rollcall.meeting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rollcall.events.ErasureMessage;
import io.rollcall.events.LinkRole;
import io.rollcall.events.LinkStatus;
import io.rollcall.events.PersonErased;
import io.rollcall.meeting.client.ZoomApi;
import io.rollcall.meeting.domain.Link;
import io.rollcall.meeting.domain.ProblemException;
import io.rollcall.meeting.messaging.ErasureOutbox;
import io.rollcall.meeting.repository.ErasureRepository;
import io.rollcall.meeting.repository.ErasureRepository.Erasure;
import io.rollcall.meeting.repository.ErasureRepository.Report;
import io.rollcall.meeting.repository.LinkRepository;
import io.rollcall.support.tenant.KeyDigests;
import io.rollcall.support.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Erases a person of a tenant ({@code DELETE /people/{ref}}): in one transaction, deletes the
 * tenant's invitee, attendee and panelist links of that ref (not host links) with their clicks and
 * the outbox rows that still carry their email and names, records the erasure (the ref only as a
 * digest), and writes through the outbox a tombstone per link on {@code rollcall.links.v1} and a
 * {@link PersonErased} on {@code rollcall.erasures.v1}. After the commit, cancels the registrants
 * (removes the panelists) at Zoom with the tenant's credentials; a Zoom failure is logged without
 * personal data and reported in the answer, the erasure stands.
 *
 * <p>identity-service and attendance-service erase their own rows when they read the {@link
 * PersonErased} and answer with an {@code ErasureApplied}, which {@link #status} reports.
 */
@ApplicationScoped
public class ErasureService {
  /** This service's name in the reports. */
  public static final String SERVICE = "meeting-service";

  /** The services that erase a person after meeting-service, and report it. */
  public static final List<String> DOWNSTREAM = List.of("identity-service", "attendance-service");

  private static final Logger LOG = Logger.getLogger(ErasureService.class);

  private final LinkRepository links;
  private final ErasureRepository erasures;
  private final ErasureOutbox outbox;
  private final ZoomApi zoom;
  private final Tenants tenants;
  private final Clock clock;

  public ErasureService(
      LinkRepository links,
      ErasureRepository erasures,
      ErasureOutbox outbox,
      ZoomApi zoom,
      Tenants tenants,
      Clock clock) {
    this.links = links;
    this.erasures = erasures;
    this.outbox = outbox;
    this.zoom = zoom;
    this.tenants = tenants;
    this.clock = clock;
  }

  /** A link Zoom still held and could not cancel: the link id and why (no personal data). */
  public record ZoomFailure(String linkId, String reason) {}

  /**
   * The result of an erasure request.
   *
   * @param repeated true when the ref had been erased before and nothing was left: the earlier
   *     erasure's status is answered
   * @param zoomCancelled registrants cancelled and panelists removed at Zoom
   * @param zoomFailed those Zoom could not cancel (their links are erased all the same)
   */
  public record Result(
      ErasureStatus status, boolean repeated, int zoomCancelled, List<ZoomFailure> zoomFailed) {}

  /**
   * What is known of an erasure: every service's report so far and who has not reported yet.
   *
   * @param erased counts by service, then by kind of record
   * @param pending the services whose report has not arrived
   */
  public record ErasureStatus(
      String erasureId,
      String tenant,
      String ref,
      Instant requestedAt,
      Map<String, Map<String, Integer>> erased,
      Map<String, Instant> appliedAt,
      List<String> pending) {}

  /**
   * Erases {@code ref} of {@code tenant}.
   *
   * @param requestedBy the caller's credential id ({@code key:…} or {@code oidc:…}), not a secret
   * @throws ProblemException 404 when the tenant has no link for that ref and never erased it
   */
  public Result erase(String tenant, String ref, String requestedBy) {
    String digest = digest(tenant, ref);
    Erased erased =
        QuarkusTransaction.requiringNew().call(() -> eraseRows(tenant, ref, digest, requestedBy));
    if (erased == null) {
      Erasure earlier =
          erasures
              .latest(tenant, digest)
              .orElseThrow(
                  () -> ProblemException.notFound("no person '" + ref + "' in this tenant"));
      return new Result(status(earlier, ref), true, 0, List.of());
    }
    List<ZoomFailure> failed = new ArrayList<>();
    int cancelled = 0;
    for (Link link : erased.links()) {
      if (link.status() != LinkStatus.ISSUED) {
        continue; // revoked links were cancelled at Zoom then
      }
      try {
        cancelAtZoom(link);
        cancelled++;
      } catch (RuntimeException e) {
        String reason = ZoomErrors.describe(e);
        LOG.warnf(
            "erasure %s: Zoom did not cancel link %s of meeting %s: %s",
            erased.erasureId(), link.linkId(), link.meetingId(), reason);
        failed.add(new ZoomFailure(link.linkId(), reason));
      }
    }
    Erasure erasure = new Erasure(erased.erasureId(), tenant, erased.requestedAt());
    return new Result(status(erasure, ref), false, cancelled, List.copyOf(failed));
  }

  /**
   * The tenant's latest erasure of {@code ref}, with every service's report.
   *
   * @throws ProblemException 404 when the tenant never erased that ref
   */
  public ErasureStatus status(String tenant, String ref) {
    Erasure erasure =
        erasures
            .latest(tenant, digest(tenant, ref))
            .orElseThrow(
                () -> ProblemException.notFound("no erasure of '" + ref + "' in this tenant"));
    return status(erasure, ref);
  }

  /** Records a service's report of an erasure (an {@code ErasureApplied} read from the topic). */
  public void reported(
      String erasureId,
      String service,
      String tenant,
      Map<String, Integer> counts,
      Instant appliedAt) {
    erasures.report(erasureId, service, tenant, counts, appliedAt);
  }

  private record Erased(String erasureId, Instant requestedAt, List<Link> links) {}

  /** The transaction: null when the tenant holds no link of the ref. */
  private Erased eraseRows(String tenant, String ref, String digest, String requestedBy) {
    List<Link> found = links.ofPerson(tenant, ref);
    if (found.isEmpty()) {
      return null;
    }
    List<String> linkIds = found.stream().map(Link::linkId).toList();
    String erasureId = UUID.randomUUID().toString();
    Instant now = clock.instant();
    int outboxRows = erasures.deleteOutboxRows(outbox.linksTopic(), linkIds);
    LinkRepository.Deleted deleted = links.deleteWithClicks(linkIds);
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("links", deleted.links());
    counts.put("link_clicks", deleted.clicks());
    counts.put("outbox_messages", outboxRows);
    erasures.insert(erasureId, tenant, digest, now);
    erasures.report(erasureId, SERVICE, tenant, counts, now);
    outbox.append(
        new PersonErased(
            ErasureMessage.SCHEMA_VERSION,
            erasureId,
            erasureId,
            tenant,
            ref,
            linkIds,
            tenants.find(tenant).map(t -> t.keepAnonymousTotals()).orElse(false),
            requestedBy,
            now));
    return new Erased(erasureId, now, found);
  }

  private void cancelAtZoom(Link link) {
    String tenant = link.tenant();
    if (link.role() == LinkRole.PANELIST) {
      zoom.removePanelist(tenant, link.meetingId(), link.panelistId());
    } else if (link.role() == LinkRole.ATTENDEE) {
      zoom.cancelWebinarRegistrant(tenant, link.meetingId(), link.registrantId(), link.email());
    } else {
      zoom.cancelRegistrant(tenant, link.meetingId(), link.registrantId(), link.email());
    }
  }

  private ErasureStatus status(Erasure erasure, String ref) {
    Map<String, Report> reports = erasures.reports(erasure.tenant(), erasure.erasureId());
    Map<String, Map<String, Integer>> erased = new LinkedHashMap<>();
    Map<String, Instant> appliedAt = new LinkedHashMap<>();
    reports.forEach(
        (service, report) -> {
          erased.put(service, report.counts());
          appliedAt.put(service, report.appliedAt());
        });
    List<String> pending = DOWNSTREAM.stream().filter(s -> !reports.containsKey(s)).toList();
    return new ErasureStatus(
        erasure.erasureId(),
        erasure.tenant(),
        ref,
        erasure.requestedAt(),
        erased,
        appliedAt,
        pending);
  }

  /** sha256 hex of {@code tenant + "/" + ref}: how erasure rows name the person. */
  static String digest(String tenant, String ref) {
    return KeyDigests.sha256Hex(tenant + "/" + ref);
  }
}
