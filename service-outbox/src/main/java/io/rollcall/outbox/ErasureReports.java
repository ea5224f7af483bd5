package io.rollcall.outbox;

import io.rollcall.events.ErasureApplied;
import io.rollcall.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A service's report of what it erased for a person's erasure request: an {@link ErasureApplied} on
 * {@code rollcall.erasures.v1} (key {@link ErasureApplied#key()}), written to the shared outbox
 * with its own topic in the transaction that erased, and sent by the service's one outbox publisher
 * once that commits (identity- and attendance-service; docs/tenants.md).
 */
@ApplicationScoped
public class ErasureReports {
  private final OutboxRepository outbox;
  private final String topic;

  public ErasureReports(
      OutboxRepository outbox, @ConfigProperty(name = "rollcall.topic.erasures") String topic) {
    this.outbox = outbox;
    this.topic = topic;
  }

  /**
   * Adds {@code report} in the caller's transaction; an event id already there is skipped.
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
