package io.rollcall.attendance.messaging;

import io.rollcall.attendance.service.ProjectionService;
import io.rollcall.events.MalformedEventException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Adapter from {@code rollcall.participants.v1} to the projection. A message that cannot be read
 * fails at once and is dead-lettered with the reason (failure-strategy in application.properties);
 * a database failure is retried first.
 */
@ApplicationScoped
public class ParticipantsConsumer {

  private final ProjectionService projection;

  public ParticipantsConsumer(ProjectionService projection) {
    this.projection = projection;
  }

  @Incoming("participants")
  @Blocking
  @Retry(maxRetries = 5, delay = 200, jitter = 100, abortOn = MalformedEventException.class)
  public void consume(ConsumerRecord<String, byte[]> record) {
    projection.apply(ParticipantMessageReader.read(record.value()));
  }
}
