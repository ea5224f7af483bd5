package io.rollcall.attendance.service;

import io.rollcall.attendance.messaging.AssignmentOutbox;
import io.rollcall.attendance.repository.ConnectionRepository;
import io.rollcall.attendance.repository.MeetingInstanceRepository;
import io.rollcall.events.AssignmentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Operators' manual corrections, as events: an accepted assignment or withdrawal is an {@link
 * AssignmentChanged} written to the outbox ({@code rollcall.assignments.v1}) and nothing else here.
 * identity-service applies it and publishes the connection's new resolution (method {@code manual})
 * on {@code rollcall.participants.v1}, which the projection applies like any correction; so the
 * assignment survives restarts and rebuilds with the log (docs/events.md).
 */
@ApplicationScoped
public class AssignmentService {

  /** Longest reason kept (characters). */
  static final int MAX_REASON = 1000;

  private static final int MAX_REF = 200;

  private final MeetingInstanceRepository instances;
  private final ConnectionRepository connections;
  private final InviteeRegistry invitees;
  private final AssignmentOutbox outbox;
  private final Clock clock;

  public AssignmentService(
      MeetingInstanceRepository instances,
      ConnectionRepository connections,
      InviteeRegistry invitees,
      AssignmentOutbox outbox,
      Clock clock) {
    this.instances = instances;
    this.connections = connections;
    this.invitees = invitees;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * Assigns the connection (and, in identity-service, its chain) to {@code ref}.
   *
   * @param assignedBy the caller's API key id ({@code key:<12 hex>})
   * @return the accepted event, in the outbox when this returns
   * @throws NotFoundException unknown meeting, instance, or connection of that instance (another
   *     tenant's is unknown)
   * @throws UnprocessableException blank or missing ref or reason, or a ref holding no issued link
   *     of the meeting
   */
  @Transactional
  public AssignmentChanged assign(
      AssignmentTarget target, String ref, String reason, String assignedBy) {
    requireConnection(target);
    String person = required("ref", ref, MAX_REF, "the invitee ref to assign the connection to");
    String why = required("reason", reason, MAX_REASON, "why the connection is this person's");
    if (!invitees.isInvitee(target.tenant(), target.meetingId(), person)) {
      throw new UnprocessableException(
          "ref '"
              + person
              + "' is not an invitee of meeting "
              + target.meetingId()
              + ": no issued link of the meeting has this ref");
    }
    return accept(target, AssignmentChanged.Action.ASSIGNED, person, why, assignedBy);
  }

  /**
   * Withdraws an assignment of the connection: identity-service resolves it by the evidence again.
   * Accepted whether or not an assignment is in force (withdrawing twice changes nothing).
   *
   * @param reason optional
   * @throws NotFoundException unknown meeting, instance, or connection of that instance
   */
  @Transactional
  public AssignmentChanged withdraw(AssignmentTarget target, String reason, String assignedBy) {
    requireConnection(target);
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (why != null && why.length() > MAX_REASON) {
      throw new UnprocessableException("reason must be at most " + MAX_REASON + " characters");
    }
    return accept(target, AssignmentChanged.Action.WITHDRAWN, null, why, assignedBy);
  }

  private AssignmentChanged accept(
      AssignmentTarget target,
      AssignmentChanged.Action action,
      String ref,
      String reason,
      String assignedBy) {
    AssignmentChanged change =
        new AssignmentChanged(
            AssignmentChanged.SCHEMA_VERSION,
            UUID.randomUUID().toString(),
            action,
            target.meetingId(),
            target.instanceUuid(),
            target.connectionId(),
            ref,
            reason,
            assignedBy,
            Instant.now(clock).truncatedTo(ChronoUnit.MILLIS),
            target.tenant());
    outbox.add(change);
    return change;
  }

  private void requireConnection(AssignmentTarget target) {
    instances
        .byUuid(target.tenant(), target.instanceUuid())
        .filter(i -> i.meetingId().equals(target.meetingId()))
        .orElseThrow(
            () ->
                new NotFoundException(
                    "meeting " + target.meetingId() + " has no instance " + target.instanceUuid()));
    if (!connections.exists(target.instanceUuid(), target.connectionId())) {
      throw new NotFoundException(
          "instance "
              + target.instanceUuid()
              + " has no connection "
              + target.connectionId()
              + " (use a session's connection_id from the attendance answer)");
    }
  }

  private static String required(String field, String value, int max, String what) {
    if (value == null || value.isBlank()) {
      throw new UnprocessableException(field + " is required: " + what);
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new UnprocessableException(field + " must be at most " + max + " characters");
    }
    return stripped;
  }
}
