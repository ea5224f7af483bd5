package io.rollcall.attendance.messaging;

import io.rollcall.attendance.service.ErasureService;
import io.rollcall.events.ErasureMessage;
import io.rollcall.events.PersonErased;
import io.rollcall.support.resilience.TransientRetry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Adapter from {@code rollcall.erasures.v1} (its own consumer group, from the beginning) to {@link
 * ErasureService}: each {@link PersonErased} is applied in its own transaction; the services'
 * {@code ErasureApplied} reports (this one's included) and tombstones are acknowledged without
 * effect. An unreadable message is dead-lettered with the reason; a failure that can pass pauses
 * the consumer until it works ({@link TransientRetry}).
 */
@ApplicationScoped
public class ErasuresConsumer {
  static final String CHANNEL = "erasures";

  private final ErasureService erasures;
  private final TransientRetry retry;

  public ErasuresConsumer(ErasureService erasures, TransientRetry retry) {
    this.erasures = erasures;
    this.retry = retry;
  }

  @Incoming(CHANNEL)
  @Blocking
  public CompletionStage<Void> consume(Message<byte[]> message) {
    return retry.process(
        CHANNEL,
        message,
        () -> {
          ErasureMessage read = ErasureMessageReader.read(message.getPayload());
          if (read instanceof PersonErased erased) {
            erasures.apply(erased);
          }
        });
  }
}
