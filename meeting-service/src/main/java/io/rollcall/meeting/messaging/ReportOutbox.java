package io.rollcall.meeting.messaging;

import io.rollcall.events.EventJson;
import io.rollcall.events.ReportMessage;
import io.rollcall.outbox.OutboxMessage;
import io.rollcall.outbox.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What meeting-service publishes from Zoom's participants report: {@link ReportMessage}s on {@code
 * rollcall.reports.v1} (key: instance uuid), added to the same outbox as the links ({@link Outbox})
 * in the caller's transaction and sent by the relay through {@link LinkPublisher}, which sends
 * every row to the topic the row names.
 */
@ApplicationScoped
public class ReportOutbox {
  private final OutboxRepository repository;
  private final String topic;

  public ReportOutbox(
      OutboxRepository repository, @ConfigProperty(name = "rollcall.topic.reports") String topic) {
    this.repository = repository;
    this.topic = topic;
  }

  /**
   * Adds one fetch's messages in the caller's transaction, in list order (the rows, then the
   * completion), with one batched insert; event ids already in the outbox are skipped.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void appendAll(List<? extends ReportMessage> messages) {
    repository.addAll(
        messages.stream()
            .map(
                m ->
                    OutboxMessage.of(
                        m.eventId(),
                        topic,
                        m.instanceUuid(),
                        new String(EventJson.encode(m), StandardCharsets.UTF_8)))
            .toList());
  }
}
