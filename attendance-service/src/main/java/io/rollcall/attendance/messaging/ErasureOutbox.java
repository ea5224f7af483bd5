package io.rollcall.attendance.messaging;

import io.rollcall.events.ErasureApplied;
import io.rollcall.events.EventJson;
import io.rollcall.outbox.OutboxMessage;
import io.rollcall.outbox.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * attendance-service's report of an erasure: {@link ErasureApplied} on {@code rollcall.erasures.v1}
 * (key {@link ErasureApplied#key()}), through the one shared outbox and its publisher {@link
 * AttendanceOutbox}, like {@link AssignmentOutbox}.
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
   * Adds {@code applied} in the caller's transaction (skipped when its event id is there already);
   * the relay publishes it once that commits.
   *
   * @throws IllegalStateException outside a transaction
   */
  public void add(ErasureApplied applied) {
    outbox.addAll(
        List.of(
            OutboxMessage.of(
                applied.eventId(),
                topic,
                applied.key(),
                new String(EventJson.encode(applied), StandardCharsets.UTF_8))));
  }
}
