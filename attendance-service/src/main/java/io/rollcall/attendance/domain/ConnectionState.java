package io.rollcall.attendance.domain;

import io.rollcall.events.ConnectionCorrected;
import io.rollcall.events.Flag;
import io.rollcall.events.Identity;
import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ZoomParticipant;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stored facts of one connection and the rules that merge an event into them. Every rule is
 * commutative (earliest join, latest leave, highest revision wins), so the state after a set of
 * events does not depend on the order they arrived in.
 *
 * <p>Events made from Zoom's participants report ({@code source: report}) are kept apart from the
 * webhooks' ({@link #reportJoinedAt}, {@link #reportLeftAt}, {@link #reportName}), so the merge
 * stays commutative: the effective join is the webhook's, else the report's; the effective leave
 * the webhook's, else the report's, else (later, in {@link AttendanceCalculator}) the meeting's end
 * (docs/events.md, "Reconciliation and manual corrections"). A session whose join is the report's
 * is flagged {@link Flag#FROM_REPORT}; one whose join is a webhook's but whose leave is the
 * report's, {@link Flag#LEAVE_FROM_REPORT}.
 *
 * @param connectionId the connection
 * @param chainKey Zoom's participant uuid when reported; else, for a breakout room's connection or
 *     a bound phone leg, the connection it continues ({@code "u:" + parent_user_id} or {@code "u:"
 *     + bind_user_id}); else the connection id
 * @param joinedAt earliest join a webhook reported
 * @param leftAt latest leave a webhook reported
 * @param leaveReason the reason given with {@link #leftAt}
 * @param reportedName the display name Zoom's webhooks reported (the joined event's when there is
 *     one)
 * @param nameFromJoin whether {@link #reportedName} came from a joined event
 * @param identity the resolution of the highest revision seen
 * @param flags the flags of the highest revision seen
 * @param revision the highest revision seen; -1 before any
 * @param breakoutRoomUuid the breakout room reported by any event of the connection (Zoom issues a
 *     new {@code user_id} per room, so there is at most one); null for the main session. A
 *     webhook's room wins over the report's.
 * @param reportJoinedAt earliest join time of the connection's rows in Zoom's participants report
 * @param reportLeftAt latest leave time of the connection's rows in the report
 * @param reportName the name on the connection's report rows
 */
public record ConnectionState(
    String connectionId,
    String chainKey,
    Instant joinedAt,
    Instant leftAt,
    String leaveReason,
    String reportedName,
    boolean nameFromJoin,
    Identity identity,
    Set<Flag> flags,
    int revision,
    String breakoutRoomUuid,
    Instant reportJoinedAt,
    Instant reportLeftAt,
    String reportName) {

  public ConnectionState {
    identity = identity == null ? Identity.unresolved() : identity;
    flags = flags == null ? Set.of() : Set.copyOf(flags);
  }

  /** A connection nothing of Zoom's participants report has reached. */
  public ConnectionState(
      String connectionId,
      String chainKey,
      Instant joinedAt,
      Instant leftAt,
      String leaveReason,
      String reportedName,
      boolean nameFromJoin,
      Identity identity,
      Set<Flag> flags,
      int revision,
      String breakoutRoomUuid) {
    this(
        connectionId,
        chainKey,
        joinedAt,
        leftAt,
        leaveReason,
        reportedName,
        nameFromJoin,
        identity,
        flags,
        revision,
        breakoutRoomUuid,
        null,
        null,
        null);
  }

  /** A connection of the main session (or one whose room is not stored). */
  public ConnectionState(
      String connectionId,
      String chainKey,
      Instant joinedAt,
      Instant leftAt,
      String leaveReason,
      String reportedName,
      boolean nameFromJoin,
      Identity identity,
      Set<Flag> flags,
      int revision) {
    this(
        connectionId,
        chainKey,
        joinedAt,
        leftAt,
        leaveReason,
        reportedName,
        nameFromJoin,
        identity,
        flags,
        revision,
        null);
  }

  public static ConnectionState empty(String connectionId) {
    return new ConnectionState(
        connectionId, connectionId, null, null, null, null, false, null, Set.of(), -1);
  }

  /** The state after {@code event} (a webhook's or a report row's). */
  public ConnectionState with(ParticipantEvent event) {
    return event.fromReport() ? withReport(event) : withWebhook(event);
  }

  private ConnectionState withWebhook(ParticipantEvent event) {
    Instant joined = joinedAt;
    Instant left = leftAt;
    String reason = leaveReason;
    if (event.action() == ParticipantAction.JOINED) {
      joined = earliest(joinedAt, event.occurredAt());
    } else if (event.action() == ParticipantAction.LEFT) {
      left = latest(leftAt, event.occurredAt());
      reason = left.equals(event.occurredAt()) ? event.leaveReason() : leaveReason;
    }
    String reported = userName(event);
    boolean fromJoin = event.action() == ParticipantAction.JOINED && reported != null;
    boolean takeName = reported != null && (fromJoin || (!nameFromJoin && reportedName == null));
    boolean newer = event.revision() >= revision;
    return new ConnectionState(
        connectionId,
        chainKey(event),
        joined,
        left,
        reason,
        takeName ? reported : reportedName,
        nameFromJoin || fromJoin,
        newer && event.identity() != null ? event.identity() : identity,
        newer ? Set.copyOf(event.flags()) : flags,
        Math.max(revision, event.revision()),
        event.breakoutRoomUuid() != null ? event.breakoutRoomUuid() : breakoutRoomUuid,
        reportJoinedAt,
        reportLeftAt,
        reportName);
  }

  /**
   * A report row's join or leave goes to the report's own fields, never over a webhook's; its room
   * fills only a room no webhook reported. Identity, flags and revision follow the webhooks' rule.
   */
  private ConnectionState withReport(ParticipantEvent event) {
    Instant joined = reportJoinedAt;
    Instant left = reportLeftAt;
    if (event.action() == ParticipantAction.JOINED) {
      joined = earliest(reportJoinedAt, event.occurredAt());
    } else if (event.action() == ParticipantAction.LEFT) {
      left = latest(reportLeftAt, event.occurredAt());
    }
    String reported = userName(event);
    boolean takeName =
        reported != null && (event.action() == ParticipantAction.JOINED || reportName == null);
    boolean newer = event.revision() >= revision;
    return new ConnectionState(
        connectionId,
        chainKey(event),
        joinedAt,
        leftAt,
        leaveReason,
        reportedName,
        nameFromJoin,
        newer && event.identity() != null ? event.identity() : identity,
        newer ? Set.copyOf(event.flags()) : flags,
        Math.max(revision, event.revision()),
        breakoutRoomUuid != null ? breakoutRoomUuid : event.breakoutRoomUuid(),
        joined,
        left,
        takeName ? reported : reportName);
  }

  private static String userName(ParticipantEvent event) {
    return event.participant() == null ? null : event.participant().userName();
  }

  /** Whether the connection has joined: by a webhook, else by a report row. */
  public boolean joined() {
    return joinedAt != null || reportJoinedAt != null;
  }

  /** The session exists only through the report: no webhook of its join arrived. */
  public boolean addedFromReport() {
    return joinedAt == null && reportJoinedAt != null;
  }

  /**
   * The session's join is a webhook's but its leave is the report's: no webhook of its leave
   * arrived (it was still open, or closed only by the meeting's end).
   */
  public boolean leaveFromReport() {
    return joinedAt != null && leftAt == null && reportLeftAt != null;
  }

  /**
   * The participant uuid wins; a continued connection ({@code parent_user_id}, {@code
   * bind_user_id}) replaces only the default, so the key does not depend on arrival order.
   */
  private String chainKey(ParticipantEvent event) {
    ZoomParticipant p = event.participant();
    if (p == null) {
      return chainKey;
    }
    if (p.participantUuid() != null) {
      return p.participantUuid();
    }
    String continued = p.parentUserId() != null ? p.parentUserId() : p.bindUserId();
    return continued != null && chainKey.equals(connectionId) ? "u:" + continued : chainKey;
  }

  /** The state after a correction: it replaces identity and flags only when strictly newer. */
  public ConnectionState with(ConnectionCorrected correction) {
    if (correction.revision() <= revision) {
      return this;
    }
    return new ConnectionState(
        connectionId,
        chainKey,
        joinedAt,
        leftAt,
        leaveReason,
        reportedName,
        nameFromJoin,
        correction.identity(),
        Set.copyOf(correction.flags()),
        correction.revision(),
        breakoutRoomUuid,
        reportJoinedAt,
        reportLeftAt,
        reportName);
  }

  /** The attendee key this connection counts for. */
  public String attendeeKey() {
    return facts(List.of()).attendeeKey();
  }

  /**
   * What the connection shows: the effective join and leave (webhook, else report), the reason of a
   * webhook's leave only, the webhooks' name else the report's, identity-service's flags plus
   * {@link Flag#FROM_REPORT} or {@link Flag#LEAVE_FROM_REPORT}, and the assignment in force.
   */
  public ConnectionFacts facts(List<WaitingMark> waiting) {
    EnumSet<Flag> shown = EnumSet.noneOf(Flag.class);
    shown.addAll(flags);
    if (addedFromReport()) {
      shown.add(Flag.FROM_REPORT);
    }
    if (leaveFromReport()) {
      shown.add(Flag.LEAVE_FROM_REPORT);
    }
    return new ConnectionFacts(
        connectionId,
        chainKey,
        joinedAt != null ? joinedAt : reportJoinedAt,
        leftAt != null ? leftAt : reportLeftAt,
        leftAt != null ? leaveReason : null,
        reportedName != null ? reportedName : reportName,
        identity.ref(),
        identity.role(),
        identity.name(),
        identity.email(),
        identity.method(),
        identity.confidence(),
        shown,
        waiting,
        breakoutRoomUuid,
        identity.viaLinkOf(),
        identity.assignment());
  }

  /** The waiting-room mark {@code event} makes, if any. */
  public static Optional<WaitingMark> waitingMark(ParticipantEvent event) {
    return switch (event.action()) {
      case WAITING_ROOM_JOINED, PUT_IN_WAITING_ROOM, JBH_WAITING ->
          Optional.of(new WaitingMark(event.occurredAt(), true));
      case WAITING_ROOM_LEFT, ADMITTED, JBH_WAITING_LEFT ->
          Optional.of(new WaitingMark(event.occurredAt(), false));
      default -> Optional.empty();
    };
  }

  private static Instant earliest(Instant a, Instant b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  private static Instant latest(Instant a, Instant b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
