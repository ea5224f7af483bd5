package io.rollcall.attendance.domain;

import io.rollcall.events.Assignment;
import io.rollcall.events.Confidence;
import io.rollcall.events.Flag;
import io.rollcall.events.LinkRole;
import io.rollcall.events.ResolutionMethod;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What is known about one connection (one join→leave of one Zoom {@code user_id}). Facts, not
 * conclusions: each field is set by the event that reports it, whatever order the events arrive in.
 *
 * @param connectionId identity-service's connection id
 * @param chainKey groups unresolved connections of the same participant (Zoom's participant uuid
 *     when known, else the connection id)
 * @param joinedAt when the connection joined the meeting; null until the joined event arrives
 * @param leftAt when it left; null while open (or until the left event arrives)
 * @param leaveReason Zoom's leave reason text
 * @param reportedName the display name Zoom reported (never proof of identity)
 * @param ref the person it resolved to; null when unresolved
 * @param role host or invitee; null when unresolved
 * @param name the person's registered name
 * @param email the person's registered email
 * @param method the evidence that decided
 * @param confidence how strong that evidence is
 * @param flags identity-service's anomaly flags for the connection
 * @param waiting waiting-room marks of the connection (kept apart from attended time)
 * @param breakoutRoomUuid the breakout room the connection is in (Zoom issues a new {@code user_id}
 *     per room, so a connection is in one room); null for the main session
 * @param viaLinkOf the owner's ref of the link the connection used without being its owner
 *     (identity-service's {@code via_link_of}); null otherwise
 * @param assignment the operator's assignment that decided {@link #ref} (method {@code manual}),
 *     with what the evidence alone decides; null otherwise
 */
public record ConnectionFacts(
    String connectionId,
    String chainKey,
    Instant joinedAt,
    Instant leftAt,
    String leaveReason,
    String reportedName,
    String ref,
    LinkRole role,
    String name,
    String email,
    ResolutionMethod method,
    Confidence confidence,
    Set<Flag> flags,
    List<WaitingMark> waiting,
    String breakoutRoomUuid,
    String viaLinkOf,
    Assignment assignment) {

  public ConnectionFacts {
    method = method == null ? ResolutionMethod.NONE : method;
    confidence = confidence == null ? method.confidence() : confidence;
    flags = flags == null ? Set.of() : Set.copyOf(flags);
    waiting = waiting == null ? List.of() : List.copyOf(waiting);
  }

  /** Facts of a connection no operator assigned. */
  public ConnectionFacts(
      String connectionId,
      String chainKey,
      Instant joinedAt,
      Instant leftAt,
      String leaveReason,
      String reportedName,
      String ref,
      LinkRole role,
      String name,
      String email,
      ResolutionMethod method,
      Confidence confidence,
      Set<Flag> flags,
      List<WaitingMark> waiting,
      String breakoutRoomUuid,
      String viaLinkOf) {
    this(
        connectionId,
        chainKey,
        joinedAt,
        leftAt,
        leaveReason,
        reportedName,
        ref,
        role,
        name,
        email,
        method,
        confidence,
        flags,
        waiting,
        breakoutRoomUuid,
        viaLinkOf,
        null);
  }

  /** Facts of a connection that used no one else's link. */
  public ConnectionFacts(
      String connectionId,
      String chainKey,
      Instant joinedAt,
      Instant leftAt,
      String leaveReason,
      String reportedName,
      String ref,
      LinkRole role,
      String name,
      String email,
      ResolutionMethod method,
      Confidence confidence,
      Set<Flag> flags,
      List<WaitingMark> waiting,
      String breakoutRoomUuid) {
    this(
        connectionId,
        chainKey,
        joinedAt,
        leftAt,
        leaveReason,
        reportedName,
        ref,
        role,
        name,
        email,
        method,
        confidence,
        flags,
        waiting,
        breakoutRoomUuid,
        null);
  }

  /** Facts of a connection in the main session. */
  public ConnectionFacts(
      String connectionId,
      String chainKey,
      Instant joinedAt,
      Instant leftAt,
      String leaveReason,
      String reportedName,
      String ref,
      LinkRole role,
      String name,
      String email,
      ResolutionMethod method,
      Confidence confidence,
      Set<Flag> flags,
      List<WaitingMark> waiting) {
    this(
        connectionId,
        chainKey,
        joinedAt,
        leftAt,
        leaveReason,
        reportedName,
        ref,
        role,
        name,
        email,
        method,
        confidence,
        flags,
        waiting,
        null,
        null,
        null);
  }

  public boolean resolved() {
    return ref != null;
  }

  /** The connection joined the meeting (a leave alone does not make an attendee yet). */
  public boolean joined() {
    return joinedAt != null;
  }

  /** The attendee this connection counts for: its person, else its unresolved chain. */
  public String attendeeKey() {
    return resolved() ? "ref:" + ref : "chain:" + chainKey;
  }
}
