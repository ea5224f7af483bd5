package io.rollcall.identity.domain;

import io.rollcall.events.Flag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves every connection of one meeting instance from the meeting's registry and all the
 * instance's participant events seen so far.
 *
 * <p>Each chain is decided by the {@link EvidenceLadder}; the chains of a link used beside its
 * owner are then split by name ({@link ForwardedLinks}); the overlap flags ({@link Overlaps}) are
 * counted last, over the final verdicts.
 *
 * <p>The result is a function of the <em>set</em> of events (they are put in event-time order
 * first), so whatever order they arrived in, the same events give the same resolutions.
 */
public final class Resolver {
  private Resolver() {}

  /** Resolution per connection id. */
  public static Map<String, Resolution> resolve(
      MeetingRegistry registry, Collection<Observation> observations) {
    return resolve(registry, observations, List.of());
  }

  /**
   * Resolution per connection id, with operators' assignments and withdrawals applied to the chains
   * they name ({@link ManualAssignments}) after the evidence and the forwarded-link rule.
   */
  public static Map<String, Resolution> resolve(
      MeetingRegistry registry,
      Collection<Observation> observations,
      Collection<ManualAssignment> assignments) {
    Map<String, List<Observation>> connections = byConnection(observations);
    Map<String, String> chainOf = Chains.of(connections);
    RegistryIndex index = new RegistryIndex(registry);
    Map<String, List<Observation>> chains = new HashMap<>();
    observations.stream()
        .sorted(Observation.EVENT_ORDER)
        .forEach(
            o ->
                chains
                    .computeIfAbsent(chainOf.get(o.connectionId()), k -> new ArrayList<>())
                    .add(o));
    Map<String, EvidenceLadder.Verdict> verdicts = new HashMap<>();
    chains.forEach((chain, events) -> verdicts.put(chain, EvidenceLadder.decide(index, events)));
    splitForwardedLinks(index, chains, verdicts);
    Map<String, List<ManualAssignment>> naming = new HashMap<>();
    for (ManualAssignment a : assignments) {
      String chain = chainOf.get(a.connectionId());
      if (chain != null) {
        naming.computeIfAbsent(chain, k -> new ArrayList<>()).add(a);
      }
    }
    naming.forEach(
        (chain, list) ->
            verdicts.put(
                chain,
                ManualAssignments.apply(
                    index, verdicts.get(chain), ManualAssignments.inForce(list))));
    Map<String, Set<Flag>> flags = new LinkedHashMap<>();
    connections
        .keySet()
        .forEach(c -> flags.put(c, EnumSet.copyOf(withNone(verdicts.get(chainOf.get(c)).flags()))));
    addOverlapFlags(connections, chainOf, verdicts, flags);
    Map<String, Resolution> result = new LinkedHashMap<>();
    connections
        .keySet()
        .forEach(
            c ->
                result.put(
                    c,
                    new Resolution(
                        verdicts.get(chainOf.get(c)).identity(), List.copyOf(flags.get(c)))));
    return result;
  }

  /**
   * Replaces the verdicts of the chains on a split link ({@link ForwardedLinks}), decided from the
   * first-pass verdicts of every chain.
   */
  private static void splitForwardedLinks(
      RegistryIndex index,
      Map<String, List<Observation>> chains,
      Map<String, EvidenceLadder.Verdict> verdicts) {
    Map<String, ForwardedLinks.Use> uses = new HashMap<>();
    chains.forEach(
        (chain, events) ->
            ForwardedLinks.of(verdicts.get(chain), events).ifPresent(u -> uses.put(chain, u)));
    Set<String> split = ForwardedLinks.splitLinks(uses.values());
    uses.forEach(
        (chain, use) ->
            verdicts.put(
                chain,
                ForwardedLinks.verdict(
                    index,
                    chains.get(chain),
                    verdicts.get(chain),
                    use,
                    split.contains(use.linkId()))));
  }

  private static Map<String, List<Observation>> byConnection(Collection<Observation> observations) {
    Map<String, List<Observation>> connections = new LinkedHashMap<>();
    observations.stream()
        .sorted(Observation.EVENT_ORDER)
        .forEach(o -> connections.computeIfAbsent(o.connectionId(), k -> new ArrayList<>()).add(o));
    return connections;
  }

  /**
   * Overlap flags over every pair of connections, earlier connection first; the connections of one
   * chain (waiting room then meeting) are one presence, never a pair.
   */
  private static void addOverlapFlags(
      Map<String, List<Observation>> connections,
      Map<String, String> chainOf,
      Map<String, EvidenceLadder.Verdict> verdicts,
      Map<String, Set<Flag>> flags) {
    List<String> ids = new ArrayList<>(connections.keySet());
    Map<String, Overlaps.Party> parties = new HashMap<>();
    ids.forEach(
        id ->
            parties.put(id, Overlaps.Party.of(verdicts.get(chainOf.get(id)), connections.get(id))));
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        String a = ids.get(i);
        String b = ids.get(j);
        if (chainOf.get(a).equals(chainOf.get(b))) {
          continue;
        }
        Overlaps.between(parties.get(a), parties.get(b))
            .ifPresent(
                flag -> {
                  flags.get(a).add(flag);
                  flags.get(b).add(flag);
                });
      }
    }
  }

  private static Set<Flag> withNone(Set<Flag> flags) {
    return flags.isEmpty() ? EnumSet.noneOf(Flag.class) : flags;
  }
}
