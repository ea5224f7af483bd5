package io.rollcall.identity.service;

import io.rollcall.events.AssignmentChanged;
import io.rollcall.events.LinkEvent;
import io.rollcall.events.MalformedEventException;
import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.RawWebhookEnvelope;
import io.rollcall.events.ReportCompleted;
import io.rollcall.events.ReportMessage;
import io.rollcall.events.ReportParticipant;
import io.rollcall.events.ZoomParticipant;
import io.rollcall.identity.domain.ConnectionKeys;
import io.rollcall.identity.domain.ManualAssignment;
import io.rollcall.identity.domain.MeetingRegistry;
import io.rollcall.identity.domain.Observation;
import io.rollcall.identity.domain.PersonalData;
import io.rollcall.identity.domain.ReportRows;
import io.rollcall.identity.domain.Resolution;
import io.rollcall.identity.domain.Revisions;
import io.rollcall.identity.messaging.ParticipantsOutbox;
import io.rollcall.identity.messaging.ZoomWebhook;
import io.rollcall.identity.messaging.ZoomWebhookParser;
import io.rollcall.identity.repository.ConnectionStateRepository;
import io.rollcall.identity.repository.ConsumerOffsets;
import io.rollcall.identity.repository.ErasedPeople;
import io.rollcall.identity.repository.InstanceVersions;
import io.rollcall.identity.repository.InstanceVersions.Bumped;
import io.rollcall.identity.repository.InstanceVersions.Owner;
import io.rollcall.identity.repository.LinkRepository;
import io.rollcall.identity.repository.ManualAssignmentRepository;
import io.rollcall.identity.repository.MeetingLocks;
import io.rollcall.identity.repository.ObservationRepository;
import io.rollcall.identity.repository.ProcessedMessages;
import io.rollcall.support.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Applies consumed messages — a batch of raw webhooks, or one link — each call in one transaction:
 * dedupe, record, update the instance's resolution incrementally ({@link InstanceStates}, {@link
 * io.rollcall.identity.domain.InstanceResolution}), and write every resulting message to the
 * outbox.
 */
@ApplicationScoped
public class IdentityService {
  private static final Logger LOG = Logger.getLogger(IdentityService.class);

  private final ProcessedMessages processed;
  private final MeetingLocks locks;
  private final LinkRepository links;
  private final ObservationRepository observations;
  private final ConnectionStateRepository states;
  private final InstanceVersions versions;
  private final InstanceStates instances;
  private final ParticipantsOutbox outbox;
  private final ConsumerOffsets offsets;
  private final ManualAssignmentRepository assignments;
  private final ErasedPeople erased;
  private final Tenants tenants;
  private final Clock clock;

  public IdentityService(
      ProcessedMessages processed,
      MeetingLocks locks,
      LinkRepository links,
      ObservationRepository observations,
      ConnectionStateRepository states,
      InstanceVersions versions,
      InstanceStates instances,
      ParticipantsOutbox outbox,
      ConsumerOffsets offsets,
      ManualAssignmentRepository assignments,
      ErasedPeople erased,
      Tenants tenants) {
    this.assignments = assignments;
    this.erased = erased;
    this.tenants = tenants;
    this.versions = versions;
    this.instances = instances;
    this.processed = processed;
    this.locks = locks;
    this.links = links;
    this.observations = observations;
    this.states = states;
    this.outbox = outbox;
    this.offsets = offsets;
    this.clock = Clock.systemUTC();
  }

  /**
   * Applies raw webhooks in one transaction, in order. Each envelope's tenant (null: the default
   * tenant) is the tenant of what it causes: a new instance is created with it, and every message
   * published for the instance carries the instance's tenant. The meetings they concern are locked
   * first, in id order, so that two batches never wait on each other's locks in a cycle. Round
   * trips are per batch where the order allows it (locks, deduplication, instance versions,
   * observations and connection states: one statement each), so a batch's cost grows with its
   * events' work, not with one database round trip per statement per event.
   *
   * @throws MalformedEventException when a webhook cannot be read, or names a tenant other than the
   *     one its instance belongs to (the caller then applies the batch one by one, and dead-letters
   *     that one): meeting ids are global, so such an event is an anomaly, and applying it would
   *     resolve one tenant's participant with another tenant's links
   */
  @Transactional
  public void handleRaw(List<RawWebhookEnvelope> envelopes) {
    List<ZoomWebhook> webhooks = envelopes.stream().map(e -> parse(e)).toList();
    locks.lockAll(
        webhooks.stream()
            .map(IdentityService::meetingOf)
            .filter(Objects::nonNull)
            .distinct()
            .sorted()
            .toList());
    List<Integer> fresh = firstDeliveries(envelopes, webhooks);
    Map<String, Owner> byInstance = new HashMap<>();
    for (int i : fresh) {
      if (webhooks.get(i) instanceof ZoomWebhook.ParticipantChange change) {
        byInstance.putIfAbsent(
            change.instanceUuid(),
            new Owner(change.meetingId(), tenants.idOf(envelopes.get(i).tenant())));
      }
    }
    Batch batch = new Batch(versions.bumpAll(byInstance));
    batch.erasedConnections = erasedConnections(fresh, webhooks);
    for (int i : fresh) {
      ZoomWebhook webhook = webhooks.get(i);
      String tenant = tenants.idOf(envelopes.get(i).tenant());
      if (webhook instanceof ZoomWebhook.Lifecycle lifecycle) {
        batch.writes.message(Messages.lifecycle(lifecycle, tenant));
      } else if (webhook instanceof ZoomWebhook.ParticipantChange change) {
        batch.requireTenant(change.instanceUuid(), tenant, "webhook " + change.zoomEvent());
        participantChange(batch, envelopes.get(i).dedupKey(), change);
      }
    }
    batch.writes.flush(observations, states, outbox);
  }

  /** Which of the webhooks' connections belong to an erased person ({@link ErasedPeople#key}). */
  private Set<String> erasedConnections(List<Integer> fresh, List<ZoomWebhook> webhooks) {
    Set<String> keys = new HashSet<>();
    for (int i : fresh) {
      if (webhooks.get(i) instanceof ZoomWebhook.ParticipantChange change) {
        String connectionId = ConnectionKeys.of(change.participant());
        if (connectionId != null) {
          keys.add(ErasedPeople.key(change.instanceUuid(), connectionId));
        }
      }
    }
    return erased.erasedAmong(keys);
  }

  private static ZoomWebhook parse(RawWebhookEnvelope envelope) {
    if (envelope.dedupKey() == null || envelope.dedupKey().isBlank()) {
      throw new MalformedEventException("envelope has no dedup_key");
    }
    return ZoomWebhookParser.parse(envelope.body());
  }

  /**
   * The positions of the webhooks to apply, in order: participant and lifecycle events seen for the
   * first time. Zoom may deliver one event twice under different request ids (overlapping
   * subscriptions): the body, which carries the event's own times and ids, identifies it as well.
   * As when each was recorded in turn: a request id already seen (before, or earlier in the batch)
   * is a duplicate and records nothing more; otherwise its body's hash is recorded, and a body seen
   * before is a duplicate.
   */
  private List<Integer> firstDeliveries(
      List<RawWebhookEnvelope> envelopes, List<ZoomWebhook> webhooks) {
    Map<String, Integer> byRequest = new LinkedHashMap<>();
    for (int i = 0; i < envelopes.size(); i++) {
      if (webhooks.get(i) instanceof ZoomWebhook.Other other) {
        LOG.debugf("ignoring %s: not a participant or lifecycle event", other.zoomEvent());
      } else {
        byRequest.putIfAbsent("raw:" + envelopes.get(i).dedupKey(), i);
      }
    }
    Set<String> newRequests = processed.firstTimes(byRequest.keySet());
    Map<String, Integer> byBody = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : byRequest.entrySet()) {
      if (newRequests.contains(e.getKey())) {
        byBody.putIfAbsent("body:" + sha256(envelopes.get(e.getValue()).body()), e.getValue());
      }
    }
    Set<String> newBodies = processed.firstTimes(byBody.keySet());
    List<Integer> fresh = new ArrayList<>();
    byBody.forEach(
        (body, i) -> {
          if (newBodies.contains(body)) {
            fresh.add(i);
          }
        });
    Collections.sort(fresh);
    if (fresh.size() < envelopes.size()) {
      LOG.debugf("%d duplicate raw webhooks skipped", byRequest.size() - fresh.size());
    }
    return fresh;
  }

  /** What one transaction has opened and will write. */
  private static final class Batch {
    final Map<String, Bumped> versions;
    final Map<String, InstanceState> opened = new HashMap<>();
    final TransactionWrites writes = new TransactionWrites();
    Set<String> erasedConnections = Set.of();

    Batch(Map<String, Bumped> versions) {
      this.versions = versions;
    }

    /** The tenant the instance belongs to (bumped in this transaction). */
    String tenantOf(String instanceUuid) {
      return versions.get(instanceUuid).tenant();
    }

    /**
     * Refuses a message of {@code tenant} for an instance of another tenant.
     *
     * @throws MalformedEventException when the tenants differ
     */
    void requireTenant(String instanceUuid, String tenant, String what) {
      String own = tenantOf(instanceUuid);
      if (!own.equals(tenant)) {
        throw new MalformedEventException(
            what
                + " of tenant "
                + tenant
                + " for instance "
                + instanceUuid
                + " of tenant "
                + own
                + ": not applied");
      }
    }
  }

  private static String meetingOf(ZoomWebhook webhook) {
    if (webhook instanceof ZoomWebhook.Lifecycle lifecycle) {
      return lifecycle.meetingId();
    } else if (webhook instanceof ZoomWebhook.ParticipantChange change) {
      return change.meetingId();
    }
    return null;
  }

  /** Where a consumed link message sits in its topic. */
  public record Position(String topic, int partition, long offset) {}

  /**
   * Applies a link to the registry, stored with its tenant (null: the default tenant), and
   * re-resolves the meeting's instances; the registry's topic position advances in the same
   * transaction. A link of a person their tenant erased is not stored ({@link ErasedPeople}).
   */
  @Transactional
  public void handleLink(LinkEvent link, Position position) {
    if (link.linkId() == null || link.meetingId() == null || link.eventId() == null) {
      throw new MalformedEventException("link event lacks link_id, meeting_id or event_id");
    }
    offsets.advance(position.topic(), position.partition(), position.offset() + 1);
    if (!processed.firstTime("link:" + link.eventId())) {
      return;
    }
    String tenant = tenants.idOf(link.tenant());
    if (erased.isErased(tenant, link.inviteeRef())) {
      LOG.debugf("link %s not stored: its person was erased", link.linkId());
      return;
    }
    locks.lock(link.meetingId());
    links.upsert(link, tenant);
    registryChanged(
        link.meetingId(), "registry changed: link " + link.linkId() + " " + link.status());
  }

  /**
   * Applies a tombstone of {@code rollcall.links.v1} (a null value: the link was erased): deletes
   * the link from the registry and re-resolves the meeting's instances without it (a connection it
   * resolved is published as a correction, with the resolution the remaining evidence gives). The
   * registry's topic position advances in the same transaction; a link not stored is nothing to do.
   */
  @Transactional
  public void handleTombstone(String linkId, Position position) {
    offsets.advance(position.topic(), position.partition(), position.offset() + 1);
    if (linkId == null) {
      return;
    }
    Optional<LinkRepository.Owner> owner = links.ownerOf(linkId);
    if (owner.isEmpty()) {
      return;
    }
    // A tombstone is written with its person's erasure request (PersonErased, another topic), and
    // the two arrive in either order. Until the request has been applied, the link stays: removing
    // it first would re-resolve the person's connections as strangers, published with their Zoom
    // display names, and the request would then no longer find them by their ref or their link.
    // The request removes the link itself; a tombstone read after it (or replayed by a registry
    // rebuild) finds the person erased and removes what is left.
    if (!erased.isErased(owner.get().tenant(), owner.get().inviteeRef())) {
      LOG.debugf("link %s tombstoned: kept until its person's erasure request is applied", linkId);
      return;
    }
    locks.lock(owner.get().meetingId());
    if (links.remove(linkId)) {
      registryChanged(owner.get().meetingId(), "registry changed: link " + linkId + " erased");
    }
  }

  /**
   * Re-resolves the meeting's instances against its registry now, each with its own tenant's links,
   * and publishes what changed. The caller holds the meeting's lock.
   */
  private void registryChanged(String meetingId, String reason) {
    List<String> instancesOfMeeting = versions.ofMeeting(meetingId);
    if (instancesOfMeeting.isEmpty()) {
      return;
    }
    Map<String, Owner> byInstance = new HashMap<>();
    // The tenant is only used to create an instance; these exist and keep their own.
    instancesOfMeeting.forEach(
        instance -> byInstance.put(instance, new Owner(meetingId, tenants.idOf(null))));
    Batch batch = new Batch(versions.bumpAll(byInstance));
    Map<String, MeetingRegistry> registryByTenant = new HashMap<>();
    for (String instance : instancesOfMeeting) {
      InstanceState state = open(batch, meetingId, instance);
      MeetingRegistry registry =
          registryByTenant.computeIfAbsent(
              batch.tenantOf(instance), tenant -> links.registry(meetingId, tenant));
      publishChanges(
          batch, meetingId, instance, state, state.resolution.registryChanged(registry), reason);
    }
    batch.writes.flush(observations, states, outbox);
  }

  /**
   * Rebuilds these instances' states from the database (their rows were changed underneath: an
   * erasure emptied observations and deleted links and assignments) and publishes, as corrections
   * with {@code reason}, every connection whose resolution is not what was published. Runs in the
   * caller's transaction, which holds the meetings' locks.
   *
   * @param byInstance the instances (key: uuid) with their meeting and tenant
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void rebuildInstances(Map<String, Owner> byInstance, String reason) {
    if (byInstance.isEmpty()) {
      return;
    }
    instances.forget(byInstance.keySet());
    Batch batch = new Batch(versions.bumpAll(byInstance));
    byInstance.keySet().stream()
        .sorted()
        .forEach(instance -> open(batch, byInstance.get(instance).meetingId(), instance, reason));
    batch.writes.flush(observations, states, outbox);
  }

  private void participantChange(
      Batch batch, String dedupKey, ZoomWebhook.ParticipantChange received) {
    String connectionId = ConnectionKeys.of(received.participant());
    if (connectionId == null) {
      throw new MalformedEventException(
          received.zoomEvent() + " carries no user_id, participant_uuid, id or user_name");
    }
    ZoomWebhook.ParticipantChange change =
        batch.erasedConnections.contains(ErasedPeople.key(received.instanceUuid(), connectionId))
            ? withoutPersonalData(received)
            : received;
    observe(
        batch,
        change.meetingId(),
        change.instanceUuid(),
        new Observation(
            dedupKey, connectionId, change.action(), change.occurredAt(), change.participant()),
        "new event of the instance",
        current ->
            Messages.participantEvent(
                dedupKey,
                change,
                connectionId,
                current.resolution(),
                current.revision(),
                batch.tenantOf(change.instanceUuid())));
  }

  /**
   * Records one event of an instance, applies it to the instance's resolution, publishes the
   * corrections it causes and then the event itself ({@code message}, given the connection's
   * resolution and revision now).
   */
  private void observe(
      Batch batch,
      String meetingId,
      String instanceUuid,
      Observation observation,
      String reason,
      Function<Revisions.Published, ParticipantMessage> message) {
    InstanceState state = open(batch, meetingId, instanceUuid);
    batch.writes.observation(instanceUuid, meetingId, observation);
    publishChanges(
        batch, meetingId, instanceUuid, state, state.resolution.apply(observation), reason);
    instances.recount(instanceUuid, state);
    batch.writes.message(message.apply(state.published.get(observation.connectionId())));
  }

  /**
   * Applies messages of {@code rollcall.reports.v1} in one transaction, in order. Each report row
   * (time in the meeting; waiting-room rows carry no attended time and are skipped) becomes two
   * events of its connection, {@code joined} at its join time and {@code left} at its leave time,
   * resolved like webhooks and published with {@code source: report}; the connection is the row's
   * {@code user_id}, the id the webhooks of that join carry ({@link ReportRows}). A completed
   * report is published as {@code instance_reconciled} after its rows. Rows and completions already
   * applied (by {@code event_id}) are skipped, so reconciling twice changes nothing.
   *
   * @throws MalformedEventException when a message lacks its instance, meeting or event id
   */
  @Transactional
  public void handleReports(List<ReportMessage> messages) {
    for (ReportMessage m : messages) {
      if (m.eventId() == null || m.instanceUuid() == null || m.meetingId() == null) {
        throw new MalformedEventException(
            "report message lacks event_id, instance_uuid or meeting_id");
      }
      if (m instanceof ReportParticipant row && row.participant() == null) {
        throw new MalformedEventException("report row " + row.eventId() + " has no participant");
      }
    }
    Map<String, ReportMessage> byId = new LinkedHashMap<>();
    messages.forEach(m -> byId.putIfAbsent("report:" + m.eventId(), m));
    Set<String> fresh = processed.firstTimes(byId.keySet());
    List<ReportMessage> toApply =
        byId.entrySet().stream()
            .filter(e -> fresh.contains(e.getKey()))
            .map(Map.Entry::getValue)
            .toList();
    if (toApply.isEmpty()) {
      return;
    }
    locks.lockAll(toApply.stream().map(ReportMessage::meetingId).distinct().sorted().toList());
    Map<String, Owner> byInstance = new HashMap<>();
    for (ReportMessage m : toApply) {
      if (m instanceof ReportParticipant row && row.inMeeting()) {
        byInstance.putIfAbsent(
            row.instanceUuid(), new Owner(row.meetingId(), tenants.idOf(row.tenant())));
      }
    }
    Batch batch = new Batch(versions.bumpAll(byInstance));
    for (ReportMessage m : toApply) {
      if (m instanceof ReportParticipant row) {
        if (row.inMeeting()) {
          batch.requireTenant(row.instanceUuid(), tenants.idOf(row.tenant()), "report row");
          reportRow(batch, row);
        }
      } else if (m instanceof ReportCompleted done) {
        batch.writes.message(Messages.reconciled(done, tenants.idOf(done.tenant())));
      }
    }
    batch.writes.flush(observations, states, outbox);
  }

  /**
   * A late event of an erased person's connection: without their name, email, phone number,
   * registrant id and customer key, and without the leave reason (Zoom writes the name into it).
   */
  private static ZoomWebhook.ParticipantChange withoutPersonalData(
      ZoomWebhook.ParticipantChange change) {
    return new ZoomWebhook.ParticipantChange(
        change.zoomEvent(),
        change.action(),
        change.meetingId(),
        change.instanceUuid(),
        change.occurredAt(),
        PersonalData.strip(change.participant()),
        null,
        change.oldRole(),
        change.newRole());
  }

  private void reportRow(Batch batch, ReportParticipant row) {
    InstanceState state = open(batch, row.meetingId(), row.instanceUuid());
    String connectionId = ReportRows.connectionId(row, state.resolution);
    ZoomParticipant participant =
        erased.erasedAmong(Set.of(ErasedPeople.key(row.instanceUuid(), connectionId))).isEmpty()
            ? row.participant()
            : PersonalData.strip(row.participant());
    for (ParticipantAction action : List.of(ParticipantAction.JOINED, ParticipantAction.LEFT)) {
      Instant at = action == ParticipantAction.JOINED ? row.joinTime() : row.leaveTime();
      if (at == null) {
        continue;
      }
      String sourceKey = row.eventId() + ":" + action.name().toLowerCase(Locale.ROOT);
      observe(
          batch,
          row.meetingId(),
          row.instanceUuid(),
          new Observation(sourceKey, connectionId, action, at, participant),
          "participants report",
          current ->
              Messages.reportEvent(
                  sourceKey,
                  row,
                  participant,
                  action,
                  at,
                  connectionId,
                  current.resolution(),
                  current.revision(),
                  batch.tenantOf(row.instanceUuid())));
    }
  }

  /**
   * Applies an operator's assignment or withdrawal ({@code rollcall.assignments.v1}): stores it and
   * publishes, as corrections, the new resolution of every connection of the chain it names. A
   * message already applied (by {@code event_id}) is skipped.
   *
   * @throws MalformedEventException when the message lacks an id, its instance, meeting, connection
   *     or author, or an assignment lacks its ref
   */
  @Transactional
  public void handleAssignment(AssignmentChanged message) {
    if (message.eventId() == null
        || message.instanceUuid() == null
        || message.meetingId() == null
        || message.connectionId() == null
        || message.assignedBy() == null
        || message.occurredAt() == null
        || message.action() == null
        || (message.action() == AssignmentChanged.Action.ASSIGNED && message.ref() == null)) {
      throw new MalformedEventException(
          "assignment message lacks event_id, instance_uuid, meeting_id, connection_id,"
              + " assigned_by, occurred_at, action, or the ref it assigns");
    }
    if (!processed.firstTime("assignment:" + message.eventId())) {
      return;
    }
    String tenant = tenants.idOf(message.tenant());
    if (message.action() == AssignmentChanged.Action.ASSIGNED
        && erased.isErased(tenant, message.ref())) {
      LOG.debugf("assignment %s not applied: its person was erased", message.eventId());
      return;
    }
    locks.lock(message.meetingId());
    ManualAssignment assignment =
        new ManualAssignment(
            message.eventId(),
            message.connectionId(),
            message.action() == AssignmentChanged.Action.ASSIGNED ? message.ref() : null,
            message.reason(),
            message.assignedBy(),
            message.occurredAt());
    Batch batch =
        new Batch(
            versions.bumpAll(
                Map.of(message.instanceUuid(), new Owner(message.meetingId(), tenant))));
    batch.requireTenant(message.instanceUuid(), tenant, "assignment");
    assignments.add(message.instanceUuid(), message.meetingId(), tenant, assignment);
    InstanceState state = open(batch, message.meetingId(), message.instanceUuid());
    publishChanges(
        batch,
        message.meetingId(),
        message.instanceUuid(),
        state,
        state.resolution.assign(assignment),
        (assignment.withdrawn() ? "manual assignment withdrawn by " : "manual assignment by ")
            + message.assignedBy());
    batch.writes.flush(observations, states, outbox);
  }

  /**
   * The instance's state for this transaction, opened on its first use in it (its version was
   * bumped for the transaction). A state rebuilt from the database is compared with what was
   * published in full, so anything published differently before (a resolver of another version, a
   * lost correction) is corrected now.
   */
  private InstanceState open(Batch batch, String meetingId, String instanceUuid) {
    return open(batch, meetingId, instanceUuid, "instance state rebuilt");
  }

  /**
   * {@link #open(Batch, String, String)}, publishing a rebuild's corrections with {@code reason}.
   */
  private InstanceState open(Batch batch, String meetingId, String instanceUuid, String reason) {
    InstanceState state = batch.opened.get(instanceUuid);
    if (state != null) {
      return state;
    }
    Bumped bumped = batch.versions.get(instanceUuid);
    InstanceStates.Opened opened =
        instances.open(meetingId, instanceUuid, bumped.tenant(), bumped.version());
    batch.opened.put(instanceUuid, opened.state());
    if (opened.rebuilt()) {
      publishChanges(
          batch,
          meetingId,
          instanceUuid,
          opened.state(),
          opened.state().resolution.resolutions(),
          reason);
    }
    return opened.state();
  }

  /**
   * Stores and publishes (as corrections) the connections of {@code resolutions} whose resolution
   * differs from what was published; a connection seen for the first time is stored at revision 1
   * and published with its event.
   */
  private void publishChanges(
      Batch batch,
      String meetingId,
      String instanceUuid,
      InstanceState state,
      Map<String, Resolution> resolutions,
      String reason) {
    List<Revisions.Change> changes = Revisions.diff(state.published, resolutions);
    Set<String> silenced = erasedAmong(instanceUuid, changes);
    for (Revisions.Change change : changes) {
      batch.writes.state(instanceUuid, meetingId, change);
      state.published.put(
          change.connectionId(), new Revisions.Published(change.resolution(), change.revision()));
      if (!change.firstSeen()
          && !silenced.contains(ErasedPeople.key(instanceUuid, change.connectionId()))) {
        batch.writes.message(
            Messages.correction(
                meetingId,
                instanceUuid,
                change.connectionId(),
                change.resolution(),
                change.revision(),
                reason,
                clock.instant(),
                batch.tenantOf(instanceUuid)));
      }
    }
  }

  /**
   * The erased person's connections among these changes: no correction is published for them.
   * attendance-service erases them by their ref when it reads the person's erasure request; a
   * correction read before that request (the topics are read independently) would have turned them
   * into unresolved connections under the person's Zoom display name, no longer found by the ref.
   * One query, and only when there are corrections at all.
   */
  private Set<String> erasedAmong(String instanceUuid, List<Revisions.Change> changes) {
    List<String> keys =
        changes.stream()
            .filter(c -> !c.firstSeen())
            .map(c -> ErasedPeople.key(instanceUuid, c.connectionId()))
            .toList();
    return keys.isEmpty() ? Set.of() : erased.erasedAmong(keys);
  }

  private static String sha256(String body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
