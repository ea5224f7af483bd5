package io.rollcall.identity.messaging;

import io.rollcall.events.EventJson;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.outbox.ChannelOutbox;
import io.rollcall.outbox.OutboxRepository;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * What identity-service publishes: {@link ParticipantMessage}s on {@code rollcall.participants.v1}
 * (key: meeting instance uuid), through service-outbox and the {@code participants} channel. As the
 * service's one outbox publisher it also sends the rows {@link io.rollcall.outbox.ErasureReports}
 * adds for {@code rollcall.erasures.v1}: each row names its topic.
 */
@Singleton
public class ParticipantsOutbox extends ChannelOutbox {

  public ParticipantsOutbox(
      @Channel("participants") MutinyEmitter<byte[]> emitter,
      OutboxRepository outbox,
      @ConfigProperty(name = "rollcall.topic.participants") String topic) {
    super(emitter, outbox, topic);
  }

  /**
   * Adds messages in the caller's transaction, in list order, with one statement; event ids already
   * there are skipped.
   */
  public void addAll(Collection<ParticipantMessage> messages) {
    addAll(
        messages.stream()
            .map(
                m ->
                    message(
                        m.eventId(),
                        m.instanceUuid(),
                        new String(EventJson.encode(m), StandardCharsets.UTF_8)))
            .toList());
  }
}
