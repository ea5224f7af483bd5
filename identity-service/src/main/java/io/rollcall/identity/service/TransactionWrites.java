package io.rollcall.identity.service;

import io.rollcall.events.ParticipantMessage;
import io.rollcall.identity.domain.Observation;
import io.rollcall.identity.domain.Revisions;
import io.rollcall.identity.messaging.ParticipantsOutbox;
import io.rollcall.identity.repository.ConnectionStateRepository;
import io.rollcall.identity.repository.ObservationRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows one transaction of {@link IdentityService} writes (observations, connection states and
 * the outgoing messages), collected while its messages are applied and written with one statement
 * per table at its end ({@link #flush}) instead of one round trip per event. Nothing in the
 * transaction reads these tables back for an instance it has already changed: an instance is loaded
 * at most once per transaction, before its first change.
 */
final class TransactionWrites {
  private final List<ObservationRepository.Row> observations = new ArrayList<>();
  private final Map<String, ConnectionStateRepository.Row> states = new LinkedHashMap<>();
  private final List<ParticipantMessage> messages = new ArrayList<>();

  void observation(String instanceUuid, String meetingId, Observation observation) {
    observations.add(new ObservationRepository.Row(instanceUuid, meetingId, observation));
  }

  /** A connection's new published state; a later one of the same connection replaces it. */
  void state(String instanceUuid, String meetingId, Revisions.Change change) {
    states.put(
        instanceUuid + '\u0000' + change.connectionId(),
        new ConnectionStateRepository.Row(instanceUuid, meetingId, change));
  }

  /** A message to publish, after those collected before it. */
  void message(ParticipantMessage message) {
    messages.add(message);
  }

  /** Writes what was collected, in the caller's transaction, and forgets it. */
  void flush(
      ObservationRepository observationRepository,
      ConnectionStateRepository stateRepository,
      ParticipantsOutbox outbox) {
    observationRepository.addAll(observations);
    stateRepository.saveAll(states.values());
    outbox.addAll(messages);
    observations.clear();
    states.clear();
    messages.clear();
  }
}
