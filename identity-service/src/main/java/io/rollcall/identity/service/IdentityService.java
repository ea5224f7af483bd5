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
import io.rollcall.identity.domain.ConnectionKeys;
import io.rollcall.identity.domain.ManualAssignment;
import io.rollcall.identity.domain.MeetingRegistry;
import io.rollcall.identity.domain.Observation;
import io.rollcall.identity.domain.ReportRows;
import io.rollcall.identity.domain.Resolution;
import io.rollcall.identity.domain.Revisions;
import io.rollcall.identity.messaging.ParticipantsOutbox;
import io.rollcall.identity.messaging.ZoomWebhook;
import io.rollcall.identity.messaging.ZoomWebhookParser;
import io.rollcall.identity.repository.ConnectionStateRepository;
import io.rollcall.identity.repository.ConsumerOffsets;
import io.rollcall.identity.repository.InstanceVersions;
import io.rollcall.identity.repository.LinkRepository;
import io.rollcall.identity.repository.ManualAssignmentRepository;
import io.rollcall.identity.repository.MeetingLocks;
import io.rollcall.identity.repository.ObservationRepository;
import io.rollcall.identity.repository.ProcessedMessages;
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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
      ManualAssignmentRepository assignments) {
    this.assignments = assignments;
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
   * Applies raw webhooks in one transaction, in order. The meetings they concern are locked first,
   * in id order, so that two batches never wait on each other's locks in a cycle. Round trips are
   * per batch where the order allows it (locks, deduplication, instance versions, observations and
   * connection states: one statement each), so a batch's cost grows with its events' work, not with
   * one database round trip per statement per event.
   *
   * @throws MalformedEventException when a webhook cannot be read (the caller then applies the
   *     batch one by one, and dead-letters that one)
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
    Map<String, String> meetingByInstance = new HashMap<>();
    for (int i : fresh) {
      if (webhooks.get(i) instanceof ZoomWebhook.ParticipantChange change) {
        meetingByInstance.putIfAbsent(change.instanceUuid(), change.meetingId());
      }
    }
    Batch batch = new Batch(versions.bumpAll(meetingByInstance));
    for (int i : fresh) {
      ZoomWebhook webhook = webhooks.get(i);
      if (webhook instanceof ZoomWebhook.Lifecycle lifecycle) {
        batch.writes.message(Messages.lifecycle(lifecycle));
      } else if (webhook instanceof ZoomWebhook.ParticipantChange change) {
        participantChange(batch, envelopes.get(i).dedupKey(), change);
      }
    }
    batch.writes.flush(observations, states, outbox);
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
    final Map<String, Long> versions;
    final Map<String, InstanceState> opened = new HashMap<>();
    final TransactionWrites writes = new TransactionWrites();

    Batch(Map<String, Long> versions) {
      this.versions = versions;
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
   * Applies a link to the registry and re-resolves the meeting's instances; the registry's topic
   * position advances in the same transaction.
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
    locks.lock(link.meetingId());
    links.upsert(link);
    List<String> instancesOfMeeting = versions.ofMeeting(link.meetingId());
    if (instancesOfMeeting.isEmpty()) {
      return;
    }
    MeetingRegistry registry = links.registry(link.meetingId());
    String reason = "registry changed: link " + link.linkId() + " " + link.status();
    Map<String, String> meetingByInstance = new HashMap<>();
    instancesOfMeeting.forEach(instance -> meetingByInstance.put(instance, link.meetingId()));
    Batch batch = new Batch(versions.bumpAll(meetingByInstance));
    for (String instance : instancesOfMeeting) {
      InstanceState state = open(batch, link.meetingId(), instance);
      publishChanges(
          batch,
          link.meetingId(),
          instance,
          state,
          state.resolution.registryChanged(registry),
          reason);
    }
    batch.writes.flush(observations, states, outbox);
  }

  @Transactional
  public void skip(Position position) {
    offsets.advance(position.topic(), position.partition(), position.offset() + 1);
  }

  private void participantChange(
      Batch batch, String dedupKey, ZoomWebhook.ParticipantChange change) {
    String connectionId = ConnectionKeys.of(change.participant());
    if (connectionId == null) {
      throw new MalformedEventException(
          change.zoomEvent() + " carries no user_id, participant_uuid, id or user_name");
    }
    observe(
        batch,
        change.meetingId(),
        change.instanceUuid(),
        new Observation(
            dedupKey, connectionId, change.action(), change.occurredAt(), change.participant()),
        "new event of the instance",
        current ->
            Messages.participantEvent(
                dedupKey, change, connectionId, current.resolution(), current.revision()));
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
    Map<String, String> meetingByInstance = new HashMap<>();
    for (ReportMessage m : toApply) {
      if (m instanceof ReportParticipant row && row.inMeeting()) {
        meetingByInstance.putIfAbsent(row.instanceUuid(), row.meetingId());
      }
    }
    Batch batch = new Batch(versions.bumpAll(meetingByInstance));
    for (ReportMessage m : toApply) {
      if (m instanceof ReportParticipant row) {
        if (row.inMeeting()) {
          reportRow(batch, row);
        }
      } else if (m instanceof ReportCompleted done) {
        batch.writes.message(Messages.reconciled(done));
      }
    }
    batch.writes.flush(observations, states, outbox);
  }

  private void reportRow(Batch batch, ReportParticipant row) {
    InstanceState state = open(batch, row.meetingId(), row.instanceUuid());
    String connectionId = ReportRows.connectionId(row, state.resolution);
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
          new Observation(sourceKey, connectionId, action, at, row.participant()),
          "participants report",
          current ->
              Messages.reportEvent(
                  sourceKey,
                  row,
                  action,
                  at,
                  connectionId,
                  current.resolution(),
                  current.revision()));
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
    locks.lock(message.meetingId());
    ManualAssignment assignment =
        new ManualAssignment(
            message.eventId(),
            message.connectionId(),
            message.action() == AssignmentChanged.Action.ASSIGNED ? message.ref() : null,
            message.reason(),
            message.assignedBy(),
            message.occurredAt());
    assignments.add(message.instanceUuid(), message.meetingId(), assignment);
    Batch batch = new Batch(versions.bumpAll(Map.of(message.instanceUuid(), message.meetingId())));
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
    InstanceState state = batch.opened.get(instanceUuid);
    if (state != null) {
      return state;
    }
    InstanceStates.Opened opened =
        instances.open(meetingId, instanceUuid, batch.versions.get(instanceUuid));
    batch.opened.put(instanceUuid, opened.state());
    if (opened.rebuilt()) {
      publishChanges(
          batch,
          meetingId,
          instanceUuid,
          opened.state(),
          opened.state().resolution.resolutions(),
          "instance state rebuilt");
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
    for (Revisions.Change change : Revisions.diff(state.published, resolutions)) {
      batch.writes.state(instanceUuid, meetingId, change);
      state.published.put(
          change.connectionId(), new Revisions.Published(change.resolution(), change.revision()));
      if (!change.firstSeen()) {
        batch.writes.message(
            Messages.correction(
                meetingId,
                instanceUuid,
                change.connectionId(),
                change.resolution(),
                change.revision(),
                reason,
                clock.instant()));
      }
    }
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
