package io.rollcall.identity.messaging;

import io.rollcall.events.EventJson;
import io.rollcall.events.MalformedEventException;
import io.rollcall.events.RawWebhookEnvelope;
import io.rollcall.identity.service.IdentityService;
import io.rollcall.support.resilience.TransientRetry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code zoom.webhooks.raw.v1} in batches (what one poll returned), each applied in one
 * transaction. A message that cannot be read (malformed envelope or body) is nacked on its own and
 * the failure strategy sends it to the dead-letter topic with the reason; a failure that can pass
 * (the database away) pauses the consumer until it works ({@link TransientRetry}).
 */
@ApplicationScoped
public class RawWebhookConsumer {
  static final String CHANNEL = "zoom-webhooks-raw";

  private final IdentityService service;
  private final TransientRetry retry;

  public RawWebhookConsumer(IdentityService service, TransientRetry retry) {
    this.service = service;
    this.retry = retry;
  }

  @Incoming(CHANNEL)
  @Blocking
  public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
    return retry.processBatch(
        CHANNEL,
        batch.getRecords(),
        records -> service.handleRaw(records.stream().map(r -> envelope(r.getPayload())).toList()),
        record -> service.handleRaw(List.of(envelope(record.getPayload()))));
  }

  private static RawWebhookEnvelope envelope(byte[] payload) {
    if (payload == null) {
      throw new MalformedEventException("empty raw webhook message");
    }
    return EventJson.decode(payload, RawWebhookEnvelope.class);
  }
}
