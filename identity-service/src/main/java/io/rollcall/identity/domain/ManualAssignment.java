package io.rollcall.identity.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One operator's assignment of a connection to an invitee, or its withdrawal ({@code
 * rollcall.assignments.v1}, see {@link io.rollcall.events.AssignmentChanged}).
 *
 * @param eventId the message's id (unique per request)
 * @param connectionId the connection named
 * @param ref the invitee assigned; null for a withdrawal
 * @param reason the operator's reason
 * @param assignedBy the API key's id, never the key
 * @param assignedAt when attendance-service accepted it (UTC)
 */
public record ManualAssignment(
    String eventId,
    String connectionId,
    String ref,
    String reason,
    String assignedBy,
    Instant assignedAt) {

  /** Latest last: by {@link #assignedAt}, then {@link #eventId}. */
  static final Comparator<ManualAssignment> ORDER =
      Comparator.comparing(
              ManualAssignment::assignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(ManualAssignment::eventId);

  /**
   * @throws NullPointerException when {@code eventId} or {@code connectionId} is null
   */
  public ManualAssignment {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(connectionId, "connectionId");
  }

  /** Whether this withdraws an earlier assignment rather than making one. */
  public boolean withdrawn() {
    return ref == null;
  }

  /** The later of two (either may be null). */
  static ManualAssignment later(ManualAssignment a, ManualAssignment b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return ORDER.compare(a, b) >= 0 ? a : b;
  }
}
