package io.rollcall.identity.domain;

import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ZoomParticipant;
import java.time.Instant;
import java.util.Comparator;

/**
 * One participant event of a meeting instance, reduced to what resolution needs.
 *
 * @param sourceKey the raw event's dedup key (unique per event, gives a stable order on ties)
 * @param connectionId see {@link ConnectionKeys}
 * @param occurredAt the event's own time
 */
public record Observation(
    String sourceKey,
    String connectionId,
    ParticipantAction action,
    Instant occurredAt,
    ZoomParticipant participant) {

  /** Event order: by event time (unknown times last), ties broken by source key. */
  static final Comparator<Observation> EVENT_ORDER =
      Comparator.comparing(
              Observation::occurredAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
          .thenComparing(Observation::sourceKey);
}
