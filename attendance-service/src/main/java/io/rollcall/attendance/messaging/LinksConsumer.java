package io.rollcall.attendance.messaging;

import io.rollcall.attendance.service.InviteeRegistry;
import io.rollcall.attendance.service.InviteeRegistry.LinkRecord;
import io.rollcall.support.resilience.TransientRetry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Adapter from {@code rollcall.links.v1} (compacted; its own consumer group, read from the
 * beginning) to the invitee registry, in batches, each applied in one transaction. A tombstone
 * (null value; the key is the link id) deletes the link; an unreadable link event is dead-lettered
 * with the reason; a failure that can pass (the database away) pauses the consumer until it works
 * ({@link TransientRetry}).
 */
@ApplicationScoped
public class LinksConsumer {
  static final String CHANNEL = "links";

  private final InviteeRegistry registry;
  private final TransientRetry retry;

  public LinksConsumer(InviteeRegistry registry, TransientRetry retry) {
    this.registry = registry;
    this.retry = retry;
  }

  @Incoming(CHANNEL)
  @Blocking
  public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
    return retry.processBatch(
        CHANNEL,
        batch.getRecords(),
        records -> registry.applyAll(read(records)),
        record -> registry.applyAll(read(List.of(record))));
  }

  private static List<LinkRecord> read(List<KafkaRecord<String, byte[]>> records) {
    return records.stream()
        .map(r -> new LinkRecord(r.getKey(), LinkEventReader.read(r.getPayload())))
        .toList();
  }
}
