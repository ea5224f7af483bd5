package io.rollcall.meeting.messaging;

import io.rollcall.events.EventJson;
import io.rollcall.events.LinkEvent;
import io.rollcall.meeting.config.MeetingConfig;
import io.rollcall.meeting.repository.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Writes link events to the outbox, inside the caller's transaction (mandatory). */
@ApplicationScoped
public class Outbox {
  private final OutboxRepository repository;
  private final String topic;
  private final Clock clock;

  public Outbox(OutboxRepository repository, MeetingConfig config, Clock clock) {
    this.repository = repository;
    this.topic = config.outbox().topic();
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void append(LinkEvent event) {
    repository.insert(
        event.eventId(), topic, event.linkId(), EventJson.encode(event), clock.instant());
  }
}
