package io.rollcall.identity.messaging;

import io.rollcall.events.ErasureMessage;
import io.rollcall.events.EventJson;
import io.rollcall.events.PersonErased;
import io.rollcall.identity.service.ErasureService;
import io.rollcall.support.resilience.TransientRetry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumes {@code rollcall.erasures.v1} (its own consumer group): each {@link PersonErased} is
 * applied once ({@link ErasureService}); the services' {@link io.rollcall.events.ErasureApplied}
 * reports, this one's included, and tombstones of the compacted topic are skipped. An unreadable
 * message is dead-lettered with the reason; the database away pauses the consumer until it works
 * ({@link TransientRetry}).
 */
@ApplicationScoped
public class ErasureConsumer {
  static final String CHANNEL = "erasures";

  private final ErasureService service;
  private final TransientRetry retry;

  public ErasureConsumer(ErasureService service, TransientRetry retry) {
    this.service = service;
    this.retry = retry;
  }

  @Incoming(CHANNEL)
  @Blocking
  public CompletionStage<Void> consume(Message<byte[]> message) {
    return retry.process(CHANNEL, message, () -> apply(message.getPayload()));
  }

  private void apply(byte[] value) {
    if (value == null) {
      return;
    }
    if (EventJson.decode(value, ErasureMessage.class) instanceof PersonErased request) {
      service.handleErasure(request);
    }
  }
}
