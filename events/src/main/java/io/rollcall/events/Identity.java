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
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Identity(
    String ref,
    LinkRole role,
    String name,
    String email,
    ResolutionMethod method,
    Confidence confidence) {

  public static Identity unresolved() {
    return new Identity(null, null, null, null, ResolutionMethod.NONE, Confidence.NONE);
  }

  public boolean resolved() {
    return ref != null;
  }
}
