package io.rollcall.attendance.domain;

import io.rollcall.events.Assignment;
import io.rollcall.events.ConnectionCorrected;
import io.rollcall.events.Identity;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ZoomParticipant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Predicate;

/**
 * What erasing a person does to the participant messages that still name them (a late message, or
 * the replay of a rebuild): the rules, without storage.
 *
 * <p>An erased person is known only as {@link #refHash} of their tenant and ref. When the tenant
 * keeps anonymous totals, a message of one of their connections is {@linkplain #anonymous(
 * ParticipantEvent, String) made anonymous}: no ref, name, email, registrant id, customer key, Zoom
 * user id or reported name; its chain is {@link #chainKey} of the erasure, so the person's
 * connections of one instance stay one anonymous attendee ({@code ref: null}, method {@code none},
 * {@code erased: true} in the attendance answer) whose attended seconds are counted as before.
 * Otherwise the message is dropped.
 */
public final class Erasure {

  /** The prefix of an erased attendee's chain key; the rest is the erasure id. */
  public static final String CHAIN_PREFIX = "erased:";

  private Erasure() {}

  /** Lowercase hex SHA-256 of {@code tenant + "/" + ref}: how an erased person is remembered. */
  public static String refHash(String tenant, String ref) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest((tenant + "/" + ref).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** The chain key of the anonymous attendee an erasure leaves in each instance. */
  public static String chainKey(String erasureId) {
    return CHAIN_PREFIX + erasureId;
  }

  /** Whether {@code chainKey} is an erased person's anonymous chain. */
  public static boolean isErasedChain(String chainKey) {
    return chainKey != null && chainKey.startsWith(CHAIN_PREFIX);
  }

  /**
   * The event with nothing left of the person: unresolved identity, no leave reason (Zoom's text
   * may name the person), and of what Zoom reported only the connection's ids, its room, and the
   * erasure's chain as participant uuid. Times, action, flags and revision stay, so the attended
   * time is the same.
   */
  public static ParticipantEvent anonymous(ParticipantEvent event, String erasureId) {
    ZoomParticipant p = event.participant();
    ZoomParticipant kept =
        new ZoomParticipant(
            p == null ? null : p.userId(),
            chainKey(erasureId),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            event.breakoutRoomUuid(),
            null,
            null);
    return new ParticipantEvent(
        event.schemaVersion(),
        event.eventId(),
        event.sourceDedupKey(),
        event.meetingId(),
        event.instanceUuid(),
        event.zoomEvent(),
        event.action(),
        event.occurredAt(),
        event.connectionId(),
        kept,
        null,
        event.oldRole(),
        event.newRole(),
        Identity.unresolved(),
        event.flags(),
        event.revision(),
        event.breakoutRoomUuid(),
        event.source(),
        event.tenant());
  }

  /** The correction with an unresolved identity (its flags and revision stay). */
  public static ConnectionCorrected anonymous(ConnectionCorrected correction) {
    return withIdentity(correction, Identity.unresolved());
  }

  /** The correction with another identity. */
  public static ConnectionCorrected withIdentity(
      ConnectionCorrected correction, Identity identity) {
    return new ConnectionCorrected(
        correction.schemaVersion(),
        correction.eventId(),
        correction.meetingId(),
        correction.instanceUuid(),
        correction.connectionId(),
        identity,
        correction.flags(),
        correction.revision(),
        correction.reason(),
        correction.occurredAt(),
        correction.tenant());
  }

  /** The event with another identity. */
  public static ParticipantEvent withIdentity(ParticipantEvent event, Identity identity) {
    return new ParticipantEvent(
        event.schemaVersion(),
        event.eventId(),
        event.sourceDedupKey(),
        event.meetingId(),
        event.instanceUuid(),
        event.zoomEvent(),
        event.action(),
        event.occurredAt(),
        event.connectionId(),
        event.participant(),
        event.leaveReason(),
        event.oldRole(),
        event.newRole(),
        identity,
        event.flags(),
        event.revision(),
        event.breakoutRoomUuid(),
        event.source(),
        event.tenant());
  }

  /**
   * {@code identity} without the refs of erased people that it names beside its own person: the
   * owner of a forwarded link ({@code via_link_of}) and the evidence an operator's assignment
   * overrode. The same identity when it names none.
   */
  public static Identity withoutErasedRefs(Identity identity, Predicate<String> erased) {
    if (identity == null) {
      return null;
    }
    String via = identity.viaLinkOf();
    boolean viaErased = via != null && erased.test(via);
    Assignment assignment = identity.assignment();
    Identity evidence = assignment == null ? null : assignment.evidence();
    boolean evidenceErased =
        evidence != null && evidence.ref() != null && erased.test(evidence.ref());
    if (!viaErased && !evidenceErased) {
      return identity;
    }
    Assignment kept =
        evidenceErased
            ? new Assignment(
                assignment.assignedBy(),
                assignment.reason(),
                assignment.assignedAt(),
                Identity.unresolved())
            : assignment;
    return new Identity(
        identity.ref(),
        identity.role(),
        identity.name(),
        identity.email(),
        identity.method(),
        identity.confidence(),
        viaErased ? null : via,
        kept);
  }
}
