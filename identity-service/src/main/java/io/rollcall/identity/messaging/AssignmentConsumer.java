package io.rollcall.identity.messaging;

import io.rollcall.events.AssignmentChanged;
import io.rollcall.events.EventJson;
import io.rollcall.events.MalformedEventException;
import io.rollcall.identity.service.IdentityService;
import io.rollcall.support.resilience.TransientRetry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumes {@code rollcall.assignments.v1} (operators' manual corrections, written by
 * attendance-service), one message per transaction ({@link IdentityService#handleAssignment}). An
 * unreadable message is dead-lettered with the reason; the database away pauses the consumer until
 * it works ({@link TransientRetry}).
 */
@ApplicationScoped
public class AssignmentConsumer {
  static final String CHANNEL = "assignments";

  private final IdentityService service;
  private final TransientRetry retry;

  public AssignmentConsumer(IdentityService service, TransientRetry retry) {
    this.service = service;
    this.retry = retry;
  }

  @Incoming(CHANNEL)
  @Blocking
  public CompletionStage<Void> consume(Message<byte[]> message) {
    return retry.process(
        CHANNEL, message, () -> service.handleAssignment(decode(message.getPayload())));
  }

  private static AssignmentChanged decode(byte[] payload) {
    if (payload == null) {
      throw new MalformedEventException("empty assignment message");
    }
    return EventJson.decode(payload, AssignmentChanged.class);
  }
}
