package io.rollcall.attendance.messaging;

import io.rollcall.attendance.service.ProjectionService;
import io.rollcall.support.resilience.TransientRetry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Adapter from {@code rollcall.participants.v1} to the projection, in batches (what one poll
 * returned), each applied in one transaction. A message that cannot be read is nacked on its own
 * and dead-lettered with the reason (failure-strategy in application.properties); a failure that
 * can pass (the database away) pauses the consumer until it works ({@link TransientRetry}),
 * whatever the number of attempts.
 */
@ApplicationScoped
public class ParticipantsConsumer {
  static final String CHANNEL = "participants";

  private final ProjectionService projection;
  private final TransientRetry retry;

  public ParticipantsConsumer(ProjectionService projection, TransientRetry retry) {
    this.projection = projection;
    this.retry = retry;
  }

  @Incoming(CHANNEL)
  @Blocking
  public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
    return retry.processBatch(
        CHANNEL,
        batch.getRecords(),
        records ->
            projection.applyAll(
                records.stream().map(r -> ParticipantMessageReader.read(r.getPayload())).toList()),
        record -> projection.applyAll(List.of(ParticipantMessageReader.read(record.getPayload()))));
  }
}
