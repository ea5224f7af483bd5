package io.rollcall.identity.domain;

import io.rollcall.events.Flag;
import io.rollcall.events.ZoomParticipant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The resolution of one meeting instance, kept in memory and updated event by event, so that an
 * event costs what its evidence touches rather than the size of the meeting.
 *
 * <p>Its {@link #resolutions()} always equal {@link Resolver#resolve} of the current registry and
 * every event applied so far, whatever the order of the calls: an event re-decides only its own
 * chain; a registry change re-decides only the chains holding evidence whose lookup it changed
 * (every chain when {@code registrationRequired} changed); a link whose split state ({@link
 * ForwardedLinks}) flips re-finishes only the chains that came through it; and overlap flags are
 * recounted only among connections resolved to the same person as a connection that changed.
 *
 * <p>Not thread-safe: one instance's events are applied one at a time (the service holds the
 * meeting's lock).
 */
public final class InstanceResolution {
  private final ChainIndex chains = new ChainIndex();
  private final OverlapIndex overlaps = new OverlapIndex();
  private final LinkUseIndex links = new LinkUseIndex();
  private final Map<String, Resolution> resolutions = new HashMap<>();
  // The latest manual assignment message naming each connection (ManualAssignments).
  private final Map<String, ManualAssignment> assignments = new HashMap<>();
  private MeetingRegistry registry;
  private RegistryIndex index;
  private long ladderEvaluations;

  /**
   * An instance with no events yet.
   *
   * @throws NullPointerException when {@code registry} is null
   */
  public InstanceResolution(MeetingRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.index = new RegistryIndex(registry);
  }

  /**
   * Rebuilds the state of an instance from its registry and all its events (after a restart or a
   * cache miss), deciding each chain once. Duplicates (same source key) count once.
   *
   * @throws NullPointerException when an event lacks a source key or connection id
   */
  public static InstanceResolution of(
      MeetingRegistry registry, Collection<Observation> observations) {
    return of(registry, observations, List.of());
  }

  /**
   * {@link #of(MeetingRegistry, Collection)} with the instance's manual assignment messages too
   * (any order).
   *
   * @throws NullPointerException when an event lacks a source key or connection id
   */
  public static InstanceResolution of(
      MeetingRegistry registry,
      Collection<Observation> observations,
      Collection<ManualAssignment> assignments) {
    InstanceResolution state = new InstanceResolution(registry);
    observations.forEach(o -> state.chains.add(requireKeys(o)));
    assignments.forEach(state::remember);
    state.settle(state.chains.chains(), Set.of());
    return state;
  }

  /**
   * Applies an operator's assignment or withdrawal ({@link ManualAssignments}): the chain of the
   * connection it names is decided again. A message older than one already applied to the same
   * connection changes nothing; one naming a connection with no event yet waits for it.
   *
   * @return the new resolution of every connection whose resolution changed
   * @throws NullPointerException when {@code assignment} is null
   */
  public Map<String, Resolution> assign(ManualAssignment assignment) {
    if (!remember(assignment)) {
      return new HashMap<>();
    }
    ChainIndex.Connection connection = chains.connection(assignment.connectionId());
    if (connection == null) {
      return new HashMap<>();
    }
    return settle(List.of(connection.chain()), Set.of());
  }

  /** Keeps {@code a} when it is the latest naming its connection; says whether it was. */
  private boolean remember(ManualAssignment a) {
    ManualAssignment before = assignments.get(a.connectionId());
    if (ManualAssignment.later(before, a) != a || a.equals(before)) {
      return false;
    }
    assignments.put(a.connectionId(), a);
    return true;
  }

  /**
   * Applies one event of the instance.
   *
   * @return the new resolution of every connection whose resolution changed, plus always the
   *     event's own connection (changed or not, so the caller can publish the event with it); for a
   *     duplicate (a source key seen before) nothing changes and only that connection is returned
   * @throws NullPointerException when the event lacks a source key or connection id
   */
  public Map<String, Resolution> apply(Observation observation) {
    String connectionId = requireKeys(observation).connectionId();
    Map<String, Resolution> touched =
        chains
            .add(observation)
            .map(chain -> settle(List.of(chain), Set.of(connectionId)))
            .orElseGet(HashMap::new);
    resolution(connectionId).ifPresent(r -> touched.putIfAbsent(connectionId, r));
    return touched;
  }

  /**
   * Takes the meeting's new registry (a link added, changed or revoked, or the meeting's settings
   * changed) and re-decides the chains it concerns. Finding them costs one pass over the old and
   * new registry's links; re-deciding costs the concerned chains only, except that a change of
   * {@code registrationRequired} re-decides every chain.
   *
   * @return the new resolution of every connection whose resolution changed
   * @throws NullPointerException when {@code newRegistry} is null
   * @throws IllegalArgumentException when {@code newRegistry} is another meeting's
   */
  public Map<String, Resolution> registryChanged(MeetingRegistry newRegistry) {
    Objects.requireNonNull(newRegistry, "newRegistry");
    if (!Objects.equals(newRegistry.meetingId(), registry.meetingId())) {
      throw new IllegalArgumentException(
          "registry of meeting " + newRegistry.meetingId() + ", not " + registry.meetingId());
    }
    RegistryIndex newIndex = new RegistryIndex(newRegistry);
    boolean everyChain = newIndex.registrationRequired() != index.registrationRequired();
    Collection<ChainIndex.Chain> concerned =
        everyChain ? chains.chains() : chains.chainsWith(index.changedKeys(newIndex));
    if (!assignments.isEmpty() && !everyChain) {
      // An assigned person's link may have changed (or arrived): few chains, re-decided always.
      Set<ChainIndex.Chain> withAssigned = Collections.newSetFromMap(new IdentityHashMap<>());
      withAssigned.addAll(concerned);
      assignments.keySet().stream()
          .map(chains::connection)
          .filter(Objects::nonNull)
          .forEach(c -> withAssigned.add(c.chain()));
      concerned = withAssigned;
    }
    registry = newRegistry;
    index = newIndex;
    return settle(concerned, Set.of());
  }

  /** Every connection's current resolution, by connection id (a copy). */
  public Map<String, Resolution> resolutions() {
    return Map.copyOf(resolutions);
  }

  /** The connection's current resolution; empty when no event of it was applied. */
  public Optional<Resolution> resolution(String connectionId) {
    return Optional.ofNullable(resolutions.get(connectionId));
  }

  /**
   * A connection whose join is the one a report row without {@code user_id} describes ({@link
   * ReportRows}). Costs a pass over the instance's connections: only such rows pay it.
   */
  Optional<String> connectionJoinedAs(ZoomParticipant row, Instant rowJoin, Duration tolerance) {
    for (ChainIndex.Chain chain : chains.chains()) {
      for (Observation o : chain.events()) {
        if (ReportRows.sameJoin(o, row, rowJoin, tolerance)) {
          return Optional.of(o.connectionId());
        }
      }
    }
    return Optional.empty();
  }

  /** The registry the resolutions were decided with. */
  public MeetingRegistry registry() {
    return registry;
  }

  /** Distinct events held; memory grows linearly with it (a bound for the caller's cache). */
  public int observationCount() {
    return chains.observationCount();
  }

  /** Connections held. */
  public int connectionCount() {
    return chains.connectionCount();
  }

  /**
   * How many times a chain was put through the evidence ladder: the cost that must stay bounded.
   */
  long ladderEvaluations() {
    return ladderEvaluations;
  }

  /** How many pairs of connections the overlap rule compared so far. */
  long pairComparisons() {
    return overlaps.pairsCompared();
  }

  /**
   * Re-decides these chains, re-finishes them and the chains of every link whose split state
   * flipped ({@link ForwardedLinks}), recounts the overlaps of their connections and stores the new
   * resolutions of every connection that may have changed.
   *
   * @return the changed resolutions, plus those of {@code alwaysReported}
   */
  private Map<String, Resolution> settle(
      Collection<ChainIndex.Chain> toDecide, Set<String> alwaysReported) {
    Set<ChainIndex.Chain> toFinish = Collections.newSetFromMap(new IdentityHashMap<>());
    List<ChainIndex.Chain> gone = chains.takeAbsorbed();
    gone.forEach(chain -> toFinish.addAll(links.remove(chain)));
    for (ChainIndex.Chain chain : toDecide) {
      chain.decided(EvidenceLadder.decide(index, chain.events()));
      ladderEvaluations++;
      toFinish.add(chain);
      toFinish.addAll(
          links.put(chain, ForwardedLinks.of(chain.decided(), chain.events()).orElse(null)));
    }
    gone.forEach(toFinish::remove);
    List<OverlapIndex.Side> sides = new ArrayList<>();
    for (ChainIndex.Chain chain : toFinish) {
      chain.verdict(
          ManualAssignments.apply(
              index,
              ForwardedLinks.verdict(
                  index, chain.events(), chain.decided(), chain.use(), links.split(chain.use())),
              inForce(chain)));
      for (ChainIndex.Connection c : chain.members()) {
        sides.add(new OverlapIndex.Side(c.id(), chain, c.first(), c.party()));
      }
    }
    Set<String> affected = new HashSet<>(overlaps.update(sides));
    sides.forEach(s -> affected.add(s.connectionId()));
    Map<String, Resolution> touched = new HashMap<>();
    for (String id : affected) {
      Resolution now = current(id);
      if (!now.equals(resolutions.put(id, now)) || alwaysReported.contains(id)) {
        touched.put(id, now);
      }
    }
    return touched;
  }

  /** The assignment in force on the chain (the latest naming any of its connections), or null. */
  private ManualAssignment inForce(ChainIndex.Chain chain) {
    if (assignments.isEmpty()) {
      return null;
    }
    List<ManualAssignment> naming = new ArrayList<>();
    for (ChainIndex.Connection c : chain.members()) {
      ManualAssignment a = assignments.get(c.id());
      if (a != null) {
        naming.add(a);
      }
    }
    return ManualAssignments.inForce(naming);
  }

  private Resolution current(String connectionId) {
    EvidenceLadder.Verdict verdict = chains.connection(connectionId).chain().verdict();
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    flags.addAll(verdict.flags());
    flags.addAll(overlaps.flags(connectionId));
    return new Resolution(verdict.identity(), List.copyOf(flags));
  }

  private static Observation requireKeys(Observation o) {
    Objects.requireNonNull(o, "observation");
    Objects.requireNonNull(o.sourceKey(), "observation.sourceKey");
    Objects.requireNonNull(o.connectionId(), "observation.connectionId");
    return o;
  }
}
