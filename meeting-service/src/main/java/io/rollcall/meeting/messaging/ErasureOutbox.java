package io.rollcall.meeting.messaging;

import io.rollcall.events.EventJson;
import io.rollcall.events.PersonErased;
import io.rollcall.outbox.OutboxMessage;
import io.rollcall.outbox.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What an erasure publishes, through the same outbox as the links ({@link Outbox}) in the caller's
 * transaction: a tombstone (null value) per erased link on {@code rollcall.links.v1} (key: the link
 * id), so that compaction drops the link's events and every links consumer deletes the link, then
 * the {@link PersonErased} on {@code rollcall.erasures.v1} (key {@link PersonErased#key()}).
 */
@ApplicationScoped
public class ErasureOutbox {
  private final OutboxRepository repository;
  private final String linksTopic;
  private final String erasuresTopic;

  public ErasureOutbox(
      OutboxRepository repository,
      @ConfigProperty(name = "rollcall.topic.links") String linksTopic,
      @ConfigProperty(name = "rollcall.topic.erasures") String erasuresTopic) {
    this.repository = repository;
    this.linksTopic = linksTopic;
    this.erasuresTopic = erasuresTopic;
  }

  /** The links topic, whose rows of an erased link are deleted from the outbox. */
  public String linksTopic() {
    return linksTopic;
  }

  /** Adds the tombstones of {@code erased}'s links, then {@code erased}, in list order. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void append(PersonErased erased) {
    List<OutboxMessage> messages = new ArrayList<>();
    for (String linkId : erased.linkIds()) {
      messages.add(
          OutboxMessage.of(
              "tombstone/" + erased.erasureId() + "/" + linkId, linksTopic, linkId, null));
    }
    messages.add(
        OutboxMessage.of(
            erased.eventId(),
            erasuresTopic,
            erased.key(),
            new String(EventJson.encode(erased), StandardCharsets.UTF_8)));
    repository.addAll(messages);
  }
}
