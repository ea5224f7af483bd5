package io.rollcall.attendance.messaging;

import io.rollcall.events.AssignmentChanged;
import io.rollcall.events.EventJson;
import io.rollcall.outbox.OutboxMessage;
import io.rollcall.outbox.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * attendance-service's second outbox topic: operators' {@link AssignmentChanged} on {@code
 * rollcall.assignments.v1} (key: meeting instance uuid). The rows go into the one shared outbox
 * with their own topic; {@link AttendanceOutbox}, the service's one publisher, sends each row to
 * the topic it names (service-outbox: rows carry their topic, one publisher per service).
 */
@ApplicationScoped
public class AssignmentOutbox {

  private final OutboxRepository outbox;
  private final String topic;

  public AssignmentOutbox(
      OutboxRepository outbox, @ConfigProperty(name = "rollcall.topic.assignments") String topic) {
    this.outbox = outbox;
    this.topic = topic;
  }

  /**
   * Adds {@code change} in the caller's transaction; the relay publishes it once that commits.
   *
   * @throws IllegalStateException outside a transaction
   */
  public void add(AssignmentChanged change) {
    outbox.addAll(
        List.of(
            OutboxMessage.of(
                change.eventId(),
                topic,
                change.instanceUuid(),
                new String(EventJson.encode(change), StandardCharsets.UTF_8))));
  }
}
