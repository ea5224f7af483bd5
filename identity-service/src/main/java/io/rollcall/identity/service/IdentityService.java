package io.rollcall.identity.service;

import io.rollcall.events.LinkEvent;
import io.rollcall.events.MalformedEventException;
import io.rollcall.events.RawWebhookEnvelope;
import io.rollcall.identity.domain.ConnectionKeys;
import io.rollcall.identity.domain.Observation;
import io.rollcall.identity.domain.Resolution;
import io.rollcall.identity.domain.Resolver;
import io.rollcall.identity.domain.Revisions;
import io.rollcall.identity.messaging.ZoomWebhook;
import io.rollcall.identity.messaging.ZoomWebhookParser;
import io.rollcall.identity.repository.ConnectionStateRepository;
import io.rollcall.identity.repository.ConsumerOffsets;
import io.rollcall.identity.repository.LinkRepository;
import io.rollcall.identity.repository.MeetingLocks;
import io.rollcall.identity.repository.ObservationRepository;
import io.rollcall.identity.repository.OutboxRepository;
import io.rollcall.identity.repository.ProcessedMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Applies one consumed message in one transaction: dedupe, record, re-resolve the instance, and
 * write every resulting message to the outbox.
 */
@ApplicationScoped
public class IdentityService {
  private static final Logger LOG = Logger.getLogger(IdentityService.class);

  private final ProcessedMessages processed;
  private final MeetingLocks locks;
  private final LinkRepository links;
  private final ObservationRepository observations;
  private final ConnectionStateRepository states;
  private final OutboxRepository outbox;
  private final ConsumerOffsets offsets;
  private final Clock clock;

  public IdentityService(
      ProcessedMessages processed,
      MeetingLocks locks,
      LinkRepository links,
      ObservationRepository observations,
      ConnectionStateRepository states,
      OutboxRepository outbox,
      ConsumerOffsets offsets) {
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
   * @throws MalformedEventException when the webhook cannot be read (dead-lettered by the caller)
   */
  @Transactional
  public void handleRaw(RawWebhookEnvelope envelope) {
    if (envelope.dedupKey() == null || envelope.dedupKey().isBlank()) {
      throw new MalformedEventException("envelope has no dedup_key");
    }
    ZoomWebhook webhook = ZoomWebhookParser.parse(envelope.body());
    if (webhook instanceof ZoomWebhook.Other other) {
      LOG.debugf("ignoring %s: not a participant or lifecycle event", other.zoomEvent());
      return;
    }
    // Zoom may deliver one event twice under different request ids (overlapping subscriptions):
    // the body, which carries the event's own times and ids, identifies it as well.
    if (!processed.firstTime("raw:" + envelope.dedupKey())
        || !processed.firstTime("body:" + sha256(envelope.body()))) {
      LOG.debugf("duplicate raw webhook %s skipped", envelope.dedupKey());
      return;
    }
    if (webhook instanceof ZoomWebhook.Lifecycle lifecycle) {
      locks.lock(lifecycle.meetingId());
      outbox.add(Messages.lifecycle(lifecycle));
    } else if (webhook instanceof ZoomWebhook.ParticipantChange change) {
      participantChange(envelope.dedupKey(), change);
    }
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
    String reason = "registry changed: link " + link.linkId() + " " + link.status();
    for (String instance : observations.instancesOf(link.meetingId())) {
      reresolve(link.meetingId(), instance, reason);
    }
  }

  @Transactional
  public void skip(Position position) {
    offsets.advance(position.topic(), position.partition(), position.offset() + 1);
  }

  private void participantChange(String dedupKey, ZoomWebhook.ParticipantChange change) {
    String connectionId = ConnectionKeys.of(change.participant());
    if (connectionId == null) {
      throw new MalformedEventException(
          change.zoomEvent() + " carries no user_id, participant_uuid, id or user_name");
    }
    locks.lock(change.meetingId());
    observations.add(
        change.instanceUuid(),
        change.meetingId(),
        new Observation(
            dedupKey, connectionId, change.action(), change.occurredAt(), change.participant()));
    Map<String, Revisions.Published> now =
        reresolve(change.meetingId(), change.instanceUuid(), "new event of the instance");
    Revisions.Published current = now.get(connectionId);
    outbox.add(
        Messages.participantEvent(
            dedupKey, change, connectionId, current.resolution(), current.revision()));
  }

  /**
   * Resolves the instance afresh, stores and publishes corrections for connections whose resolution
   * changed, and returns the published state of every connection.
   */
  private Map<String, Revisions.Published> reresolve(
      String meetingId, String instanceUuid, String reason) {
    Map<String, Resolution> resolutions =
        Resolver.resolve(links.registry(meetingId), observations.forInstance(instanceUuid));
    Map<String, Revisions.Published> published = states.forInstance(instanceUuid);
    for (Revisions.Change change : Revisions.diff(published, resolutions)) {
      states.save(instanceUuid, meetingId, change);
      published.put(
          change.connectionId(), new Revisions.Published(change.resolution(), change.revision()));
      if (!change.firstSeen()) {
        outbox.add(
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
    return published;
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
