package io.rollcall.identity.messaging;

import io.rollcall.events.EventJson;
import io.rollcall.events.LinkEvent;
import io.rollcall.identity.service.IdentityService;
import io.rollcall.identity.service.IdentityService.Position;
import io.rollcall.support.resilience.TransientRetry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumes {@code rollcall.links.v1} into the registry (its own consumer group; positions kept with
 * the registry, see {@link RegistryRebuildListener}). A tombstone (null value) erases its link
 * (key: the link id) from the registry. Unreadable link events are dead-lettered with the reason; a
 * database outage pauses the consumer until it works ({@link TransientRetry}).
 */
@ApplicationScoped
public class LinkConsumer {
  static final String CHANNEL = "links";

  private final IdentityService service;
  private final TransientRetry retry;

  public LinkConsumer(IdentityService service, TransientRetry retry) {
    this.service = service;
    this.retry = retry;
  }

  @Incoming(CHANNEL)
  @Blocking
  public CompletionStage<Void> consume(Message<byte[]> message) {
    IncomingKafkaRecordMetadata<?, ?> record =
        message.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow();
    Position position = new Position(record.getTopic(), record.getPartition(), record.getOffset());
    String linkId = record.getKey() == null ? null : record.getKey().toString();
    return retry.process(CHANNEL, message, () -> apply(linkId, message.getPayload(), position));
  }

  private void apply(String linkId, byte[] value, Position position) {
    if (value == null) {
      // A tombstone of the compacted topic: the link was erased.
      service.handleTombstone(linkId, position);
      return;
    }
    service.handleLink(EventJson.decode(value, LinkEvent.class), position);
  }
}
