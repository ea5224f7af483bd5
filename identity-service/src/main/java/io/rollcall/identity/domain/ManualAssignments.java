package io.rollcall.identity.domain;

import io.rollcall.events.Assignment;
import io.rollcall.events.Confidence;
import io.rollcall.events.Flag;
import io.rollcall.events.Identity;
import io.rollcall.events.LinkStatus;
import io.rollcall.events.ResolutionMethod;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rule of manual corrections (issue 15): an operator's assignment overrides the evidence for
 * the whole chain of the connection it names, and the evidence stays beside it.
 *
 * <ul>
 *   <li>The latest message (by time, then event id) among those naming any connection of a chain is
 *       in force; when it is a withdrawal, none is, and the evidence decides again.
 *   <li>An assignment in force resolves the chain to the invitee's link (its issued link when the
 *       invitee has several): method {@code manual}, confidence {@code exact}, with {@link
 *       Assignment#evidence()} = what the ladder decides alone. The flags that described the lack
 *       of a person ({@code uninvited}, {@code ambiguous_name}, {@code pending_link}) go; the
 *       others (how the links were used) stay.
 *   <li>An assigned ref the registry does not know (yet: attendance-service checked it against the
 *       same links topic) leaves the evidence's verdict, flagged {@code pending_link}, until the
 *       link arrives.
 * </ul>
 */
final class ManualAssignments {
  private static final Set<Flag> ABOUT_NO_PERSON =
      EnumSet.of(Flag.UNINVITED, Flag.AMBIGUOUS_NAME, Flag.PENDING_LINK);

  private ManualAssignments() {}

  /** The assignment in force among these (the latest, unless it is a withdrawal); else null. */
  static ManualAssignment inForce(Collection<ManualAssignment> naming) {
    ManualAssignment latest = null;
    for (ManualAssignment a : naming) {
      latest = ManualAssignment.later(latest, a);
    }
    return latest == null || latest.withdrawn() ? null : latest;
  }

  /** {@code evidence} with {@code inForce} applied; {@code evidence} itself when it is null. */
  static EvidenceLadder.Verdict apply(
      RegistryIndex registry, EvidenceLadder.Verdict evidence, ManualAssignment inForce) {
    if (inForce == null) {
      return evidence;
    }
    RegistryLink link = registry.byRef(inForce.ref()).orElse(null);
    if (link == null) {
      Set<Flag> flags = EnumSet.of(Flag.PENDING_LINK);
      flags.addAll(evidence.flags());
      return new EvidenceLadder.Verdict(evidence.identity(), evidence.link(), flags);
    }
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    evidence.flags().stream().filter(f -> !ABOUT_NO_PERSON.contains(f)).forEach(flags::add);
    Identity person =
        new Identity(
            link.inviteeRef(),
            link.role(),
            link.displayName(),
            link.email(),
            ResolutionMethod.NONE,
            Confidence.NONE);
    return new EvidenceLadder.Verdict(
        person.assigned(
            new Assignment(
                inForce.assignedBy(), inForce.reason(), inForce.assignedAt(), evidence.identity())),
        link,
        flags);
  }

  /** Whether {@code link} is preferred over {@code other} for one ref: issued beats revoked. */
  static boolean preferred(RegistryLink link, RegistryLink other) {
    return other == null
        || (link.status() == LinkStatus.ISSUED && other.status() != LinkStatus.ISSUED);
  }
}
