package io.rollcall.identity.domain;

import io.rollcall.events.Flag;
import io.rollcall.events.LinkRole;
import io.rollcall.events.ResolutionMethod;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A forwarded link used beside its owner (issue 14): when the chains that came through one link can
 * be told apart — one carries the owner's registered name, another a materially different one —
 * only the first kind are the owner's. The others are split off: resolved by the ladder's other
 * rungs with every piece of evidence for the owner ignored (so they may be another invitee, found
 * by email or name, or stay unresolved), flagged {@code shared_link} (the host's start link: {@code
 * host_link_shared}) and {@code name_mismatch}, and marked {@code via_link_of} the owner. The
 * chains the owner keeps are flagged {@code shared_link} / {@code host_link_shared} too: their link
 * was used by someone else. When nothing on the link carries the owner's name (the owner may have
 * joined from someone else's device under that person's name), nothing is split: every chain stays
 * the owner's, flagged as before.
 *
 * <p>"Carries the owner's name": a display name equal to the registered name after {@link
 * Names#normalise} (case, accents, scripts, "Last, First" folded). "Materially different": {@link
 * Names#differMaterially} (informative and no word in common), so device names ("user", "iPhone",
 * "DESKTOP-4F2") and partial names ("Dan") neither split a link nor count as the owner's.
 *
 * <p>Decided on the first pass of the ladder only (a split-off chain stays a "stranger" of the link
 * it came through and takes part in no other link's split), so the outcome is a function of the set
 * of chains and their first-pass verdicts: {@link Resolver} groups every chain by link, {@link
 * InstanceResolution} keeps the groups in a {@link LinkUseIndex}; both use this class.
 */
final class ForwardedLinks {
  private ForwardedLinks() {}

  /**
   * How one chain used a link, as the first pass of the ladder decided it.
   *
   * @param linkId the link the chain came through
   * @param ownerRef whose link it is
   * @param sharing the flag of a split link: {@code shared_link}, or {@code host_link_shared} for
   *     the host's start link
   * @param ownerNamed an event of the chain carries the owner's registered name
   * @param stranger no event carries the owner's name and one carries a materially different name
   */
  record Use(String linkId, String ownerRef, Flag sharing, boolean ownerNamed, boolean stranger) {}

  /**
   * How the chain used a link; empty when it did not come through one. Through a link means: an
   * invitee's registrant id or customer key, or anything that resolved to the host (the start link
   * signs the joiner in as the host's Zoom user).
   *
   * @param decided the chain's first-pass verdict
   * @param events the chain's events
   */
  static Optional<Use> of(EvidenceLadder.Verdict decided, List<Observation> events) {
    RegistryLink link = decided.link();
    if (link == null || link.inviteeRef() == null) {
      return Optional.empty();
    }
    ResolutionMethod method = decided.identity().method();
    boolean host = link.role() == LinkRole.HOST;
    if (!host && method != ResolutionMethod.REGISTRANT && method != ResolutionMethod.CUSTOMER_KEY) {
      return Optional.empty();
    }
    String registered = link.displayName();
    String owner = Names.normalise(registered);
    // Equal normalised names have equal words, so one informative check of the registered name
    // covers every name equal to it.
    boolean ownerNamed =
        !owner.isEmpty()
            && !Names.uninformative(registered)
            && events.stream()
                .anyMatch(o -> owner.equals(Names.normalise(o.participant().userName())));
    // For an invitee's link the ladder's name_mismatch is this very test (a name of the chain
    // differs materially from the registered one); the host's is not flagged there.
    boolean different =
        !ownerNamed
            && (host
                ? events.stream()
                    .anyMatch(o -> Names.differMaterially(o.participant().userName(), registered))
                : decided.flags().contains(Flag.NAME_MISMATCH));
    Flag sharing = host ? Flag.HOST_LINK_SHARED : Flag.SHARED_LINK;
    return Optional.of(new Use(link.linkId(), link.inviteeRef(), sharing, ownerNamed, different));
  }

  /** The links (ids) among these uses that are split: used by the owner's name and a stranger. */
  static Set<String> splitLinks(Collection<Use> uses) {
    Set<String> ownerNamed = new HashSet<>();
    Set<String> stranger = new HashSet<>();
    for (Use u : uses) {
      if (u.ownerNamed()) {
        ownerNamed.add(u.linkId());
      } else if (u.stranger()) {
        stranger.add(u.linkId());
      }
    }
    ownerNamed.retainAll(stranger);
    return ownerNamed;
  }

  /**
   * The chain's final verdict.
   *
   * @param index the registry's lookups
   * @param events the chain's events, in event order
   * @param decided the chain's first-pass verdict
   * @param use how the chain used a link; null when it did not
   * @param linkSplit whether that link is split (see {@link #splitLinks})
   */
  static EvidenceLadder.Verdict verdict(
      RegistryIndex index,
      List<Observation> events,
      EvidenceLadder.Verdict decided,
      Use use,
      boolean linkSplit) {
    if (use == null || !linkSplit) {
      return decided;
    }
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    if (!use.stranger()) {
      flags.addAll(decided.flags());
      flags.add(use.sharing());
      return new EvidenceLadder.Verdict(decided.identity(), decided.link(), flags);
    }
    EvidenceLadder.Verdict other = EvidenceLadder.decide(index, events, use.ownerRef());
    flags.addAll(other.flags());
    // Not "uninvited": the person came through an issued link, and via_link_of says whose.
    flags.remove(Flag.UNINVITED);
    flags.add(use.sharing());
    flags.add(Flag.NAME_MISMATCH);
    return new EvidenceLadder.Verdict(
        other.identity().throughLinkOf(use.ownerRef()), other.link(), flags);
  }
}
