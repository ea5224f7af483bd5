package io.rollcall.identity.messaging;

import io.rollcall.events.EventJson;
import io.rollcall.events.LinkEvent;
import io.rollcall.identity.service.IdentityService;
import io.rollcall.identity.service.IdentityService.Position;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code rollcall.links.v1} into the registry (its own consumer group; positions kept with
 * the registry, see {@link RegistryRebuildListener}).
 */
@ApplicationScoped
public class LinkConsumer {
  private final IdentityService service;

  public LinkConsumer(IdentityService service) {
    this.service = service;
  }

  @Incoming("links")
  @Blocking
  public void consume(ConsumerRecord<String, byte[]> record) {
    Position position = new Position(record.topic(), record.partition(), record.offset());
    if (record.value() == null) {
      // A tombstone of the compacted topic: nothing to register, but move past it.
      TransientRetry.run("links position", () -> service.skip(position));
      return;
    }
    LinkEvent link = EventJson.decode(record.value(), LinkEvent.class);
    TransientRetry.run("link event " + link.eventId(), () -> service.handleLink(link, position));
  }
}
