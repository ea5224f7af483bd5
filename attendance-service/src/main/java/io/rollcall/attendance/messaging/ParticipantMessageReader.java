package io.rollcall.attendance.messaging;

import io.rollcall.events.ConnectionCorrected;
import io.rollcall.events.EventJson;
import io.rollcall.events.InstanceReconciled;
import io.rollcall.events.MalformedEventException;
import io.rollcall.events.MeetingEnded;
import io.rollcall.events.MeetingKind;
import io.rollcall.events.MeetingStarted;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ParticipantMessage;
import java.time.Instant;

/**
 * Decodes a participant message and checks the fields the projection cannot do without; anything
 * else is a {@link MalformedEventException} (the message is dead-lettered with that reason).
 */
public final class ParticipantMessageReader {

  private ParticipantMessageReader() {}

  public static ParticipantMessage read(byte[] value) {
    if (value == null || value.length == 0) {
      throw new MalformedEventException("empty participant message");
    }
    ParticipantMessage message = EventJson.decode(value, ParticipantMessage.class);
    require(message.eventId(), "event_id");
    require(message.meetingId(), "meeting_id");
    require(message.instanceUuid(), "instance_uuid");
    if (message instanceof ParticipantEvent event) {
      require(event.connectionId(), "connection_id");
      require(event.action(), "action");
      require(event.occurredAt(), "occurred_at");
    } else if (message instanceof ConnectionCorrected correction) {
      require(correction.connectionId(), "connection_id");
      require(correction.identity(), "identity");
      require(correction.occurredAt(), "occurred_at");
    } else if (message instanceof MeetingStarted started) {
      require(started.occurredAt(), "occurred_at");
    } else if (message instanceof MeetingEnded ended) {
      require(ended.occurredAt(), "occurred_at");
    } else if (message instanceof InstanceReconciled reconciled) {
      require(reconciled.reconciledAt(), "reconciled_at");
    }
    return message;
  }

  /** The message's own time ({@code reconciled_at} for an {@code instance_reconciled}). */
  public static Instant occurredAt(ParticipantMessage message) {
    if (message instanceof ParticipantEvent event) {
      return event.occurredAt();
    } else if (message instanceof ConnectionCorrected correction) {
      return correction.occurredAt();
    } else if (message instanceof MeetingStarted started) {
      return started.occurredAt();
    } else if (message instanceof InstanceReconciled reconciled) {
      return reconciled.reconciledAt();
    }
    return ((MeetingEnded) message).occurredAt();
  }

  /**
   * The tenant the message carries; null on messages written before tenants (the default tenant's:
   * {@code Tenants.idOf}).
   */
  public static String tenant(ParticipantMessage message) {
    if (message instanceof ParticipantEvent event) {
      return event.tenant();
    } else if (message instanceof ConnectionCorrected correction) {
      return correction.tenant();
    } else if (message instanceof MeetingStarted started) {
      return started.tenant();
    } else if (message instanceof InstanceReconciled reconciled) {
      return reconciled.tenant();
    }
    return ((MeetingEnded) message).tenant();
  }

  /**
   * {@code WEBINAR} when the message says its instance is a webinar's (a {@code webinar.*}
   * participant event, or a lifecycle message with {@code kind: webinar}); null when it does not
   * tell (meetings, corrections, messages from before webinars).
   */
  public static MeetingKind kind(ParticipantMessage message) {
    MeetingKind kind = null;
    if (message instanceof ParticipantEvent event) {
      kind = MeetingKind.ofZoomEvent(event.zoomEvent());
    } else if (message instanceof MeetingStarted started) {
      kind = started.kind();
    } else if (message instanceof MeetingEnded ended) {
      kind = ended.kind();
    }
    return kind == MeetingKind.WEBINAR ? kind : null;
  }

  private static void require(Object value, String field) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw new MalformedEventException("participant message without " + field);
    }
  }
}
