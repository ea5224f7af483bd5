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
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Identity(
    String ref,
    LinkRole role,
    String name,
    String email,
    ResolutionMethod method,
    Confidence confidence,
    String viaLinkOf) {

  /** An identity reached without anyone else's link ({@link #viaLinkOf} null). */
  public Identity(
      String ref,
      LinkRole role,
      String name,
      String email,
      ResolutionMethod method,
      Confidence confidence) {
    this(ref, role, name, email, method, confidence, null);
  }

  public static Identity unresolved() {
    return new Identity(null, null, null, null, ResolutionMethod.NONE, Confidence.NONE);
  }

  public boolean resolved() {
    return ref != null;
  }

  /** This identity, reached through the link of {@code ownerRef}. */
  public Identity throughLinkOf(String ownerRef) {
    return new Identity(ref, role, name, email, method, confidence, ownerRef);
  }
}
