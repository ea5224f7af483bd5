package io.rollcall.attendance.domain;

import io.rollcall.events.Assignment;
import io.rollcall.events.Confidence;
import io.rollcall.events.Flag;
import io.rollcall.events.LinkRole;
import io.rollcall.events.ResolutionMethod;
import java.time.Instant;
import java.util.List;

/**
 * One person's attendance of one meeting instance (or one unresolved connection chain's).
 *
 * @param key {@code ref:<ref>} or {@code chain:<chain key>}: stable across queries
 * @param ref the person's ref; null when unresolved
 * @param role host or invitee of a meeting (null when unresolved); host, panelist or attendee of a
 *     webinar (an unresolved person in a webinar is an attendee: {@link WebinarRoles})
 * @param name registered name, else the name Zoom reported
 * @param email registered email; null when unresolved
 * @param method the strongest evidence among the person's connections
 * @param confidence that evidence's confidence
 * @param attendedSeconds length of the union of the person's sessions
 * @param waitingSeconds length of the union of the person's waiting-room stays
 * @param firstJoin the earliest join
 * @param lastLeave the latest leave; null while any session is open
 * @param sessions the person's sessions, earliest first
 * @param flags union of the connections' flags, in the contract's order
 * @param rooms time per room: the main session first (when attended), then each breakout room in
 *     order of first join; {@link #attendedSeconds} is the union over all rooms, not their sum
 * @param viaLinkOf set when the attendee came through someone else's link and is not that person
 *     (identity-service's {@code via_link_of}): the link owner's ref (the first when several)
 * @param assignment the operator's assignment that decided {@link #method} ({@code manual}), with
 *     the evidence's own verdict; null when the evidence decided
 * @param waiting the person's waiting-room stays, merged and in order (a stay still open ends at
 *     the meeting's end, or now while it runs); their length is {@link #waitingSeconds}
 */
public record Attendee(
    String key,
    String ref,
    LinkRole role,
    String name,
    String email,
    ResolutionMethod method,
    Confidence confidence,
    long attendedSeconds,
    long waitingSeconds,
    Instant firstJoin,
    Instant lastLeave,
    List<Session> sessions,
    List<Flag> flags,
    List<RoomTime> rooms,
    String viaLinkOf,
    Assignment assignment,
    List<Interval> waiting) {

  public Attendee {
    sessions = List.copyOf(sessions);
    flags = List.copyOf(flags);
    rooms = rooms == null ? List.of() : List.copyOf(rooms);
    waiting = waiting == null ? List.of() : List.copyOf(waiting);
  }

  /** An attendee whose waiting-room stays are not listed (only their length). */
  public Attendee(
      String key,
      String ref,
      LinkRole role,
      String name,
      String email,
      ResolutionMethod method,
      Confidence confidence,
      long attendedSeconds,
      long waitingSeconds,
      Instant firstJoin,
      Instant lastLeave,
      List<Session> sessions,
      List<Flag> flags,
      List<RoomTime> rooms,
      String viaLinkOf,
      Assignment assignment) {
    this(
        key,
        ref,
        role,
        name,
        email,
        method,
        confidence,
        attendedSeconds,
        waitingSeconds,
        firstJoin,
        lastLeave,
        sessions,
        flags,
        rooms,
        viaLinkOf,
        assignment,
        null);
  }

  /** An attendee the evidence resolved (no assignment). */
  public Attendee(
      String key,
      String ref,
      LinkRole role,
      String name,
      String email,
      ResolutionMethod method,
      Confidence confidence,
      long attendedSeconds,
      long waitingSeconds,
      Instant firstJoin,
      Instant lastLeave,
      List<Session> sessions,
      List<Flag> flags,
      List<RoomTime> rooms,
      String viaLinkOf) {
    this(
        key,
        ref,
        role,
        name,
        email,
        method,
        confidence,
        attendedSeconds,
        waitingSeconds,
        firstJoin,
        lastLeave,
        sessions,
        flags,
        rooms,
        viaLinkOf,
        null);
  }

  /** This attendee with {@code newRole}. */
  public Attendee withRole(LinkRole newRole) {
    return new Attendee(
        key,
        ref,
        newRole,
        name,
        email,
        method,
        confidence,
        attendedSeconds,
        waitingSeconds,
        firstJoin,
        lastLeave,
        sessions,
        flags,
        rooms,
        viaLinkOf,
        assignment,
        waiting);
  }
}
