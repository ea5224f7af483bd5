package io.rollcall.identity.messaging;

import io.rollcall.events.ErasureApplied;
import io.rollcall.events.EventJson;
import io.rollcall.outbox.OutboxMessage;
import io.rollcall.outbox.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * identity-service's second outbox topic: its {@link ErasureApplied} reports on {@code
 * rollcall.erasures.v1} (key {@link ErasureApplied#key()}). The rows go into the one shared outbox
 * with their own topic; {@link ParticipantsOutbox}, the service's one publisher, sends each row to
 * the topic it names (service-outbox: rows carry their topic, one publisher per service).
 */
@ApplicationScoped
public class ErasureOutbox {
  private final OutboxRepository outbox;
  private final String topic;

  public ErasureOutbox(
      OutboxRepository outbox, @ConfigProperty(name = "rollcall.topic.erasures") String topic) {
    this.outbox = outbox;
    this.topic = topic;
  }

  /**
   * Adds {@code report} in the caller's transaction; the relay publishes it once that commits. An
   * event id already there is skipped.
   *
   * @throws IllegalStateException outside a transaction
   */
  public void add(ErasureApplied report) {
    outbox.addAll(
        List.of(
            OutboxMessage.of(
                report.eventId(),
                topic,
                report.key(),
                new String(EventJson.encode(report), StandardCharsets.UTF_8))));
  }
}
