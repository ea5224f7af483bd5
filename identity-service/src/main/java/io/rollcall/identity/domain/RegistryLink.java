package io.rollcall.identity.domain;

import io.rollcall.events.LinkRole;
import io.rollcall.events.LinkStatus;
import java.time.Instant;

/**
 * One link of a meeting as the registry knows it (latest state).
 *
 * @param occurredAt when the link reached its status (for a revoked link: the revocation time)
 */
public record RegistryLink(
    String linkId,
    LinkRole role,
    LinkStatus status,
    String inviteeRef,
    String registrantId,
    String customerKey,
    String email,
    String firstName,
    String lastName,
    String zoomUserId,
    Instant occurredAt) {

  public String displayName() {
    String first = firstName == null ? "" : firstName.trim();
    String last = lastName == null ? "" : lastName.trim();
    return (first + " " + last).trim();
  }

  /** True when the link was revoked before {@code time}. */
  public boolean revokedBefore(Instant time) {
    return status == LinkStatus.REVOKED
        && occurredAt != null
        && time != null
        && occurredAt.isBefore(time);
  }
}
