package io.rollcall.identity.service;

import io.rollcall.events.ErasureApplied;
import io.rollcall.events.MalformedEventException;
import io.rollcall.events.PersonErased;
import io.rollcall.identity.domain.ErasedRefs;
import io.rollcall.identity.repository.ConnectionStateRepository;
import io.rollcall.identity.repository.ConnectionStateRepository.ConnectionRef;
import io.rollcall.identity.repository.ErasedPeople;
import io.rollcall.identity.repository.InstanceVersions;
import io.rollcall.identity.repository.InstanceVersions.Owner;
import io.rollcall.identity.repository.LinkRepository;
import io.rollcall.identity.repository.LinkRepository.PersonLink;
import io.rollcall.identity.repository.ManualAssignmentRepository;
import io.rollcall.identity.repository.MeetingLocks;
import io.rollcall.identity.repository.ObservationRepository;
import io.rollcall.identity.repository.ProcessedMessages;
import io.rollcall.identity.repository.PublishedMessages;
import io.rollcall.outbox.ErasureReports;
import io.rollcall.support.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Applies a {@link PersonErased} (a tenant's {@code DELETE /people/{ref}}) to identity-service's
 * tables, in one transaction, once per request:
 *
 * <ul>
 *   <li>remembers the person as erased ({@link ErasedPeople}: a hash, never the ref), so that their
 *       links and assignments are not stored again by a registry rebuild or a replay;
 *   <li>deletes the tenant's links of the person ({@code link_ids} of the request and every link of
 *       the ref) and the operators' assignments to them;
 *   <li>empties the personal fields (Zoom display name, email, phone number, registrant id,
 *       customer key) of every event of the person's connections (resolved to them, or carrying
 *       their links' registrant ids or customer keys without having been told apart from them,
 *       {@link ErasedRefs#isThePerson}), and remembers those connections, so that a late event of
 *       one is stored and published without them; other people's connections that came through
 *       their link lose only the copies of its registrant id and customer key;
 *   <li>re-resolves those connections' instances without the person and publishes what changed as
 *       corrections ({@code reason: person erased}), which carry no name or email of the person;
 *   <li>deletes the published outbox rows of those instances (copies of what was published);
 *   <li>reports what it erased: {@link ErasureApplied} on {@code rollcall.erasures.v1}, through the
 *       outbox.
 * </ul>
 */
@ApplicationScoped
public class ErasureService {
  /** The service name in {@link ErasureApplied#service()}. */
  public static final String SERVICE = "identity-service";

  private static final Logger LOG = Logger.getLogger(ErasureService.class);

  private final ProcessedMessages processed;
  private final ErasedPeople erased;
  private final LinkRepository links;
  private final ConnectionStateRepository states;
  private final ObservationRepository observations;
  private final ManualAssignmentRepository assignments;
  private final PublishedMessages published;
  private final MeetingLocks locks;
  private final InstanceVersions versions;
  private final IdentityService identity;
  private final ErasureReports outbox;
  private final Tenants tenants;
  private final String participantsTopic;
  private final Clock clock = Clock.systemUTC();

  public ErasureService(
      ProcessedMessages processed,
      ErasedPeople erased,
      LinkRepository links,
      ConnectionStateRepository states,
      ObservationRepository observations,
      ManualAssignmentRepository assignments,
      PublishedMessages published,
      MeetingLocks locks,
      InstanceVersions versions,
      IdentityService identity,
      ErasureReports outbox,
      Tenants tenants,
      @ConfigProperty(name = "rollcall.topic.participants") String participantsTopic) {
    this.processed = processed;
    this.erased = erased;
    this.links = links;
    this.states = states;
    this.observations = observations;
    this.assignments = assignments;
    this.published = published;
    this.locks = locks;
    this.versions = versions;
    this.identity = identity;
    this.outbox = outbox;
    this.tenants = tenants;
    this.participantsTopic = participantsTopic;
  }

  /**
   * Erases the person of {@code request} (see the class comment); a request already applied (by
   * {@code event_id}) changes nothing.
   *
   * @throws MalformedEventException when the request lacks its event id, erasure id or ref
   */
  @Transactional
  public void handleErasure(PersonErased request) {
    if (request.eventId() == null || request.erasureId() == null || request.ref() == null) {
      throw new MalformedEventException("person_erased lacks event_id, erasure_id or ref");
    }
    if (!processed.firstTime("erasure:" + request.eventId())) {
      return;
    }
    String tenant = tenants.idOf(request.tenant());
    String ref = request.ref();
    erased.mark(tenant, ref, request.erasureId(), clock.instant());
    // What the person touches, read before the locks to know the meetings, and again under them.
    Set<String> meetings = new TreeSet<>(find(tenant, request).meetings());
    meetings.addAll(assignments.meetingsAssigning(tenant, ref));
    locks.lockAll(new ArrayList<>(meetings));
    Found found = find(tenant, request);
    List<ConnectionRef> theirs =
        found.connections().stream()
            .filter(c -> ErasedRefs.isThePerson(ref, c.resolvedRef(), c.viaLinkOf()))
            .toList();
    List<ConnectionRef> others =
        found.connections().stream().filter(c -> !theirs.contains(c)).toList();
    erased.markConnections(theirs, request.erasureId());

    found.links().forEach(l -> links.remove(l.linkId()));
    Set<String> assigned = assignments.deleteAssignmentsOf(tenant, ref);
    int emptied =
        observations.emptyFields(theirs, ObservationRepository.PERSONAL_FIELDS)
            + observations.emptyFields(others, ObservationRepository.LINK_FIELDS);

    Map<String, Owner> instances = new LinkedHashMap<>();
    found.connections().forEach(c -> instances.put(c.instanceUuid(), owner(c, tenant)));
    // Every instance of a meeting whose links changed: their cached registries held the links.
    found.links().stream()
        .map(PersonLink::meetingId)
        .distinct()
        .forEach(
            meeting ->
                versions.ownersOf(versions.ofMeeting(meeting)).forEach(instances::putIfAbsent));
    versions.ownersOf(assigned).forEach(instances::putIfAbsent);
    identity.rebuildInstances(instances, "person erased");
    int outboxRows = published.deletePublished(participantsTopic, instances.keySet());

    Map<String, Integer> counts = new HashMap<>();
    counts.put("links", found.links().size());
    counts.put("connections", theirs.size());
    counts.put("connections_through_their_link", others.size());
    counts.put("observations", emptied);
    counts.put("assignments", assigned.size());
    counts.put("published_messages", outboxRows);
    outbox.add(ErasureApplied.of(request.erasureId(), tenant, SERVICE, counts, clock.instant()));
    LOG.infof(
        "erasure %s of tenant %s applied: %d links, %d connections, %d events emptied",
        request.erasureId(), tenant, found.links().size(), theirs.size(), emptied);
  }

  private static Owner owner(ConnectionRef connection, String tenant) {
    return new Owner(connection.meetingId(), tenant);
  }

  /** The person's links and the connections that name or carry them. */
  private record Found(List<PersonLink> links, List<ConnectionRef> connections) {
    Set<String> meetings() {
      Set<String> meetings = new LinkedHashSet<>();
      links.forEach(l -> meetings.add(l.meetingId()));
      connections.forEach(c -> meetings.add(c.meetingId()));
      return meetings;
    }
  }

  private Found find(String tenant, PersonErased request) {
    List<PersonLink> personLinks = links.ofPerson(tenant, request.ref(), request.linkIds());
    Set<String> meetings = new LinkedHashSet<>();
    Set<String> registrantIds = new LinkedHashSet<>();
    Set<String> customerKeys = new LinkedHashSet<>();
    for (PersonLink link : personLinks) {
      meetings.add(link.meetingId());
      if (link.registrantId() != null) {
        registrantIds.add(link.registrantId());
      }
      if (link.customerKey() != null) {
        customerKeys.add(link.customerKey());
      }
    }
    Set<ConnectionRef> connections = new LinkedHashSet<>(states.naming(tenant, request.ref()));
    connections.addAll(observations.carrying(tenant, meetings, registrantIds, customerKeys));
    return new Found(
        personLinks, connections.stream().filter(Objects::nonNull).distinct().toList());
  }
}
