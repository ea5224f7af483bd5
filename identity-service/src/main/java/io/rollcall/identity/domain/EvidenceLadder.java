package io.rollcall.identity.domain;

import static io.rollcall.identity.domain.ConnectionKeys.present;

import io.rollcall.events.Flag;
import io.rollcall.events.Identity;
import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ResolutionMethod;
import io.rollcall.events.ZoomParticipant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The evidence ladder for one chain of connections (the events of one person's join, waiting room
 * included): the strongest evidence over all the chain's events decides, a weaker one never
 * overrides it, disagreement is flagged, and a name that fits several invitees decides nothing.
 */
final class EvidenceLadder {

  /** One piece of evidence pointing at one link. */
  record Candidate(ResolutionMethod method, RegistryLink link) {}

  /** The chain's identity, the link that decided it (null when unresolved) and its flags. */
  record Verdict(Identity identity, RegistryLink link, Set<Flag> flags) {}

  private EvidenceLadder() {}

  /** {@code observations} must be in event order (time, then source key). */
  static Verdict decide(RegistryIndex registry, List<Observation> observations) {
    return decide(registry, observations, null);
  }

  /**
   * The ladder with every piece of evidence pointing at {@code excludedRef} ignored (no such person
   * in the registry): how a connection split off someone else's link ({@link ForwardedLinks}) is
   * resolved by the other rungs. A null {@code excludedRef} ignores nothing.
   */
  static Verdict decide(
      RegistryIndex registry, List<Observation> observations, String excludedRef) {
    // Null when nothing is excluded: the event path pays no filtering.
    Predicate<RegistryLink> allowed =
        excludedRef == null ? null : l -> !excludedRef.equals(l.inviteeRef());
    List<Candidate> candidates = new ArrayList<>();
    boolean pending = false;
    boolean ambiguousName = false;
    for (Observation o : observations) {
      ZoomParticipant p = o.participant();
      pending |=
          addKeyed(
              candidates,
              ResolutionMethod.REGISTRANT,
              p.registrantId(),
              registry::byRegistrantId,
              allowed);
      pending |=
          addKeyed(
              candidates,
              ResolutionMethod.CUSTOMER_KEY,
              p.customerKey(),
              registry::byCustomerKey,
              allowed);
      if (present(p.zoomUserId())) {
        addIfOnePerson(
            candidates,
            ResolutionMethod.ZOOM_USER,
            only(registry.byZoomUserId(p.zoomUserId()), allowed));
      }
      if (present(p.email())) {
        addIfOnePerson(
            candidates, ResolutionMethod.EMAIL, only(registry.inviteesByEmail(p.email()), allowed));
      }
      if (present(p.userName())) {
        List<RegistryLink> named = only(registry.inviteesByName(p.userName()), allowed);
        addIfOnePerson(candidates, ResolutionMethod.NAME, named);
        ambiguousName |= MeetingRegistry.distinctPeople(named) > 1;
      }
    }
    Optional<Candidate> winner =
        candidates.stream().min(Comparator.comparingInt(c -> c.method().ordinal()));
    if (winner.isEmpty()) {
      return unresolved(registry, pending, ambiguousName);
    }
    return resolved(winner.get(), candidates, observations, pending);
  }

  private static boolean addKeyed(
      List<Candidate> candidates,
      ResolutionMethod method,
      String key,
      Function<String, Optional<RegistryLink>> lookup,
      Predicate<RegistryLink> allowed) {
    if (!present(key)) {
      return false;
    }
    Optional<RegistryLink> link = lookup.apply(key);
    // An excluded person's link is known, so it is not pending; it just is no evidence here.
    link.filter(l -> allowed == null || allowed.test(l))
        .ifPresent(l -> candidates.add(new Candidate(method, l)));
    return link.isEmpty();
  }

  private static List<RegistryLink> only(
      List<RegistryLink> links, Predicate<RegistryLink> allowed) {
    return allowed == null || links.isEmpty() ? links : links.stream().filter(allowed).toList();
  }

  private static void addIfOnePerson(
      List<Candidate> candidates, ResolutionMethod method, List<RegistryLink> links) {
    if (MeetingRegistry.distinctPeople(links) == 1) {
      candidates.add(new Candidate(method, links.get(0)));
    }
  }

  private static Verdict unresolved(
      RegistryIndex registry, boolean pending, boolean ambiguousName) {
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    if (pending) {
      flags.add(Flag.PENDING_LINK);
    }
    if (ambiguousName) {
      flags.add(Flag.AMBIGUOUS_NAME);
    }
    // An unknown link or an ambiguous name may well be an invitee: not (yet) "uninvited".
    if (flags.isEmpty() && registry.registrationRequired()) {
      flags.add(Flag.UNINVITED);
    }
    return new Verdict(Identity.unresolved(), null, flags);
  }

  private static Verdict resolved(
      Candidate winner,
      List<Candidate> candidates,
      List<Observation> observations,
      boolean pending) {
    RegistryLink link = winner.link();
    ResolutionMethod method = winner.method();
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    if (candidates.stream()
        .anyMatch(c -> !Objects.equals(c.link().inviteeRef(), link.inviteeRef()))) {
      flags.add(Flag.EVIDENCE_CONFLICT);
    }
    if (pending && method.confidence() != io.rollcall.events.Confidence.EXACT) {
      flags.add(Flag.PENDING_LINK);
    }
    boolean throughLink =
        method == ResolutionMethod.REGISTRANT || method == ResolutionMethod.CUSTOMER_KEY;
    if (throughLink && nameMismatch(link, observations)) {
      flags.add(Flag.NAME_MISMATCH);
    }
    if (throughLink && link.revokedBefore(joinTime(observations))) {
      flags.add(Flag.REVOKED_LINK);
    }
    Identity identity =
        new Identity(
            link.inviteeRef(),
            link.role(),
            link.displayName(),
            link.email(),
            method,
            method.confidence());
    return new Verdict(identity, link, flags);
  }

  private static boolean nameMismatch(RegistryLink link, List<Observation> observations) {
    return observations.stream()
        .map(o -> o.participant().userName())
        .anyMatch(name -> Names.differMaterially(name, link.displayName()));
  }

  /** The chain's join: its first {@code joined}, else its first event. */
  private static Instant joinTime(List<Observation> observations) {
    return observations.stream()
        .filter(o -> o.action() == ParticipantAction.JOINED)
        .map(Observation::occurredAt)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(observations.isEmpty() ? null : observations.get(0).occurredAt());
  }
}
