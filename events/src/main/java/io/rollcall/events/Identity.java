package io.rollcall.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Who a connection resolved to, and by which evidence.
 *
 * @param ref the invitee ref (for the host: the host value given at scheduling), or null when
 *     unresolved
 * @param role invitee or host; null when unresolved
 * @param name the person's registered name (not the name Zoom reported)
 * @param email the person's registered email
 * @param method the evidence that decided
 * @param confidence how strong that evidence is
 * @param viaLinkOf set only on a connection that came through someone else's link and is not that
 *     person: the link owner's ref (for the host's start link: the host value). Such a connection
 *     is resolved by the ladder's other rungs (email, name) or stays unresolved. Null otherwise.
 *     Added later (optional, {@code via_link_of}): absent in messages written before.
 * @param assignment set only when an operator's manual assignment decided ({@code method: manual}):
 *     who made it, why, when, and what the evidence alone decides. Added with manual corrections
 *     (optional): absent otherwise.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Identity(
    String ref,
    LinkRole role,
    String name,
    String email,
    ResolutionMethod method,
    Confidence confidence,
    String viaLinkOf,
    Assignment assignment) {

  /** An identity decided by evidence ({@link #assignment} null). */
  public Identity(
      String ref,
      LinkRole role,
      String name,
      String email,
      ResolutionMethod method,
      Confidence confidence,
      String viaLinkOf) {
    this(ref, role, name, email, method, confidence, viaLinkOf, null);
  }

  /** An identity reached without anyone else's link ({@link #viaLinkOf} null). */
  public Identity(
      String ref,
      LinkRole role,
      String name,
      String email,
      ResolutionMethod method,
      Confidence confidence) {
    this(ref, role, name, email, method, confidence, null, null);
  }

  public static Identity unresolved() {
    return new Identity(null, null, null, null, ResolutionMethod.NONE, Confidence.NONE);
  }

  public boolean resolved() {
    return ref != null;
  }

  /** This identity, reached through the link of {@code ownerRef}. */
  public Identity throughLinkOf(String ownerRef) {
    return new Identity(ref, role, name, email, method, confidence, ownerRef, assignment);
  }

  /**
   * The identity an operator assigned: this person (their registered name, email and role), method
   * {@code manual}, confidence {@code exact}, with {@code assignment} kept beside it.
   */
  public Identity assigned(Assignment assignment) {
    return new Identity(
        ref, role, name, email, ResolutionMethod.MANUAL, Confidence.EXACT, null, assignment);
  }
}
