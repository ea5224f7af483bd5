package io.rollcall.meeting.messaging;

import io.rollcall.events.EventJson;
import io.rollcall.events.LinkEvent;
import io.rollcall.outbox.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What meeting-service publishes: link events on {@code rollcall.links.v1} (key: link id), written
 * to service-outbox's outbox inside the caller's transaction (mandatory) and sent by the relay
 * through {@link LinkPublisher} once it commits.
 */
@ApplicationScoped
public class Outbox {
  private final OutboxRepository repository;
  private final String topic;

  public Outbox(
      OutboxRepository repository, @ConfigProperty(name = "rollcall.topic.links") String topic) {
    this.repository = repository;
    this.topic = topic;
  }

  /** Adds {@code event} to the outbox in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void append(LinkEvent event) {
    repository.add(
        event.eventId(),
        topic,
        event.linkId(),
        new String(EventJson.encode(event), StandardCharsets.UTF_8));
  }
}
