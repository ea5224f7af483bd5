package io.rollcall.meeting.messaging;

import io.rollcall.events.EventJson;
import io.rollcall.events.MalformedEventException;
import io.rollcall.events.MeetingEnded;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.Topics;
import io.rollcall.meeting.service.ReconciliationService;
import io.rollcall.support.resilience.TransientRetry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * How meeting-service learns that an instance ended, for its reconciliation: {@code
 * rollcall.participants.v1} in its own consumer group ({@code meeting-service-reconciliation}),
 * keeping only {@code meeting_ended} messages; nothing calls meeting-service for it.
 *
 * <p>Why this topic and not {@code zoom.webhooks.raw.v1}: here the end is already a typed contract
 * record ({@link MeetingEnded}, with its {@code kind} for webinars and a deterministic event id),
 * decoded with the one codec, so meeting-service does not parse Zoom's webhook bodies a second time
 * beside identity-service, and a re-drive or a duplicate webhook arrives as the same message. The
 * cost is that reconciliation waits for identity-service; the sweep covers an end that never
 * arrives either way.
 *
 * <p>Each batch (one poll) is applied in one transaction; a failure that can pass (the database
 * away) pauses the consumer until it works ({@link TransientRetry}). A message that cannot be read
 * is skipped with a warning: it is not meeting-service's to dead-letter (attendance-service, which
 * needs every message of the topic, dead-letters it), and an end lost so is found by the sweep.
 * Anything else that fails for good is logged and skipped (failure-strategy {@code ignore}) for the
 * same reason: Rollcall has no dead-letter topic for meeting-service ({@code Topics}), and the
 * sweep recovers the instance.
 */
@ApplicationScoped
public class MeetingEndedConsumer {
  static final String CHANNEL = "meeting-ended";
  private static final Logger LOG = Logger.getLogger(MeetingEndedConsumer.class);

  private final ReconciliationService reconciliation;
  private final TransientRetry retry;

  public MeetingEndedConsumer(ReconciliationService reconciliation, TransientRetry retry) {
    this.reconciliation = reconciliation;
    this.retry = retry;
  }

  @Incoming(CHANNEL)
  @Blocking
  public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
    return retry.processBatch(
        CHANNEL,
        batch.getRecords(),
        records ->
            reconciliation.meetingsEnded(
                records.stream()
                    .map(MeetingEndedConsumer::ended)
                    .flatMap(Optional::stream)
                    .toList()),
        record -> reconciliation.meetingsEnded(ended(record).stream().toList()));
  }

  /** The message's {@code meeting_ended}, if it is one (and it can be read). */
  static Optional<MeetingEnded> ended(Message<byte[]> record) {
    ParticipantMessage message;
    try {
      message = EventJson.decode(record.getPayload(), ParticipantMessage.class);
    } catch (MalformedEventException e) {
      LOG.warnf("skipped an unreadable message of %s: %s", Topics.PARTICIPANTS, e.getMessage());
      return Optional.empty();
    }
    return message instanceof MeetingEnded ended
            && ended.meetingId() != null
            && ended.instanceUuid() != null
        ? Optional.of(ended)
        : Optional.empty();
  }
}
