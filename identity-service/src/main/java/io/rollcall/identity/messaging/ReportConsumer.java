package io.rollcall.identity.messaging;

import io.rollcall.events.EventJson;
import io.rollcall.events.MalformedEventException;
import io.rollcall.events.ReportMessage;
import io.rollcall.identity.service.IdentityService;
import io.rollcall.support.resilience.TransientRetry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code rollcall.reports.v1} (rows of Zoom's participants report, written by
 * meeting-service) in batches, each applied in one transaction ({@link
 * IdentityService#handleReports}). An unreadable message is dead-lettered with the reason; the
 * database away pauses the consumer until it works ({@link TransientRetry}).
 */
@ApplicationScoped
public class ReportConsumer {
  static final String CHANNEL = "reports";

  private final IdentityService service;
  private final TransientRetry retry;

  public ReportConsumer(IdentityService service, TransientRetry retry) {
    this.service = service;
    this.retry = retry;
  }

  @Incoming(CHANNEL)
  @Blocking
  public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
    return retry.processBatch(
        CHANNEL,
        batch.getRecords(),
        records ->
            service.handleReports(records.stream().map(r -> decode(r.getPayload())).toList()),
        record -> service.handleReports(List.of(decode(record.getPayload()))));
  }

  private static ReportMessage decode(byte[] payload) {
    if (payload == null) {
      throw new MalformedEventException("empty report message");
    }
    return EventJson.decode(payload, ReportMessage.class);
  }
}
