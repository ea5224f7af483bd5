package io.rollcall.identity.messaging;

import io.rollcall.events.EventJson;
import io.rollcall.events.LinkEvent;
import io.rollcall.identity.service.IdentityService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes {@code rollcall.links.v1} into the registry (its own consumer group, from earliest). */
@ApplicationScoped
public class LinkConsumer {
  private final IdentityService service;

  public LinkConsumer(IdentityService service) {
    this.service = service;
  }

  @Incoming("links")
  @Blocking
  public void consume(byte[] payload) {
    if (payload == null) {
      return; // A tombstone of the compacted topic: nothing to register.
    }
    LinkEvent link = EventJson.decode(payload, LinkEvent.class);
    TransientRetry.run("link event " + link.eventId(), () -> service.handleLink(link));
  }
}
