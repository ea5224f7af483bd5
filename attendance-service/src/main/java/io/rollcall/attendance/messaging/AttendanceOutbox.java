package io.rollcall.attendance.messaging;

import io.rollcall.outbox.ChannelOutbox;
import io.rollcall.outbox.OutboxRepository;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * What attendance-service publishes: attendance changes on {@code rollcall.attendance.v1} (key:
 * meeting instance uuid), through service-outbox and the {@code attendance} channel; {@link
 * #addAll} adds a batch's in the caller's transaction. The service's one {@link
 * io.rollcall.outbox.OutboxPublisher}: every outbox row goes to the topic it names, so operators'
 * assignments ({@link AssignmentOutbox}, {@code rollcall.assignments.v1}) leave through it too.
 */
@Singleton
public class AttendanceOutbox extends ChannelOutbox {

  public AttendanceOutbox(
      @Channel("attendance") MutinyEmitter<byte[]> emitter,
      OutboxRepository outbox,
      @ConfigProperty(name = "rollcall.topic.attendance") String topic) {
    super(emitter, outbox, topic);
  }
}
