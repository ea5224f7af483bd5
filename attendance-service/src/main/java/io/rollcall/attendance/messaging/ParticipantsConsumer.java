package io.rollcall.attendance.messaging;

import io.rollcall.attendance.service.ProjectionService;
import io.rollcall.support.resilience.TransientRetry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Adapter from {@code rollcall.participants.v1} to the projection. A message that cannot be read
 * fails at once and is dead-lettered with the reason (failure-strategy in application.properties);
 * a failure that can pass (the database away) pauses the consumer until it works ({@link
 * TransientRetry}), whatever the number of attempts.
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
  public CompletionStage<Void> consume(Message<byte[]> message) {
    return retry.process(
        CHANNEL,
        message,
        () -> projection.apply(ParticipantMessageReader.read(message.getPayload())));
  }
}
