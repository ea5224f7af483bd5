package io.rollcall.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A message on {@code rollcall.participants.v1} (key: meeting instance uuid). The {@code type}
 * field tells which record it is. Consumers drop messages whose {@code event_id} they have already
 * applied.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ParticipantEvent.class, name = ParticipantEvent.TYPE),
  @JsonSubTypes.Type(value = ConnectionCorrected.class, name = ConnectionCorrected.TYPE),
  @JsonSubTypes.Type(value = MeetingStarted.class, name = MeetingStarted.TYPE),
  @JsonSubTypes.Type(value = MeetingEnded.class, name = MeetingEnded.TYPE),
  @JsonSubTypes.Type(value = InstanceReconciled.class, name = InstanceReconciled.TYPE)
})
public sealed interface ParticipantMessage
    permits ParticipantEvent,
        ConnectionCorrected,
        MeetingStarted,
        MeetingEnded,
        InstanceReconciled {

  int SCHEMA_VERSION = 1;

  int schemaVersion();

  /** Deterministic: the same source event always yields the same id. */
  String eventId();

  String meetingId();

  /** The meeting instance uuid: the Kafka key. */
  String instanceUuid();
}
