package io.rollcall.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A message on {@code rollcall.reports.v1} (key: meeting instance uuid), written by
 * meeting-service's outbox when it has read Zoom's participants report of an instance: one {@link
 * ReportParticipant} per row, then one {@link ReportCompleted}. The {@code type} field tells which.
 * Consumers drop messages whose {@code event_id} they have already applied; a row read again in a
 * later fetch has the same {@code event_id}, so reconciling twice changes nothing.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ReportParticipant.class, name = ReportParticipant.TYPE),
  @JsonSubTypes.Type(value = ReportCompleted.class, name = ReportCompleted.TYPE)
})
public sealed interface ReportMessage permits ReportParticipant, ReportCompleted {

  int SCHEMA_VERSION = 1;

  int schemaVersion();

  /** Deterministic: the same report row always yields the same id. */
  String eventId();

  String meetingId();

  /** The meeting instance uuid: the Kafka key. */
  String instanceUuid();
}
