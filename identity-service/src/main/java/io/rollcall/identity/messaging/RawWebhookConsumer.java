package io.rollcall.identity.messaging;

import io.rollcall.events.EventJson;
import io.rollcall.events.MalformedEventException;
import io.rollcall.events.RawWebhookEnvelope;
import io.rollcall.identity.service.IdentityService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code zoom.webhooks.raw.v1}. A message that fails (malformed envelope or body) is
 * nacked and the failure strategy sends it to the dead-letter topic with the reason; the next
 * message is processed as usual.
 */
@ApplicationScoped
public class RawWebhookConsumer {
  private final IdentityService service;

  public RawWebhookConsumer(IdentityService service) {
    this.service = service;
  }

  @Incoming("zoom-webhooks-raw")
  @Blocking
  public void consume(byte[] payload) {
    if (payload == null) {
      throw new MalformedEventException("empty raw webhook message");
    }
    RawWebhookEnvelope envelope = EventJson.decode(payload, RawWebhookEnvelope.class);
    TransientRetry.run("raw webhook " + envelope.dedupKey(), () -> service.handleRaw(envelope));
  }
}
