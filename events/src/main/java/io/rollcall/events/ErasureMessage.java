package io.rollcall.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A message on {@code rollcall.erasures.v1} (compacted): a tenant's request to erase a person
 * ({@link PersonErased}, written by meeting-service's outbox) and each service's report of what it
 * erased ({@link ErasureApplied}). The {@code type} field tells which. The requests stay on the
 * topic, so a service that rebuilds its tables from the topics erases the person again.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = PersonErased.class, name = PersonErased.TYPE),
  @JsonSubTypes.Type(value = ErasureApplied.class, name = ErasureApplied.TYPE)
})
public sealed interface ErasureMessage permits PersonErased, ErasureApplied {

  int SCHEMA_VERSION = 1;

  int schemaVersion();

  /** Unique per message; consumers dedupe on it. */
  String eventId();

  /** The erasure this message belongs to. */
  String erasureId();

  /** The Zoom account ({@code account_id}) whose person is erased. */
  String tenant();

  /** The Kafka key. */
  String key();
}
