package io.rollcall.identity.domain;

import static io.rollcall.identity.domain.ConnectionKeys.present;

import io.rollcall.events.Flag;
import io.rollcall.events.LinkRole;
import io.rollcall.events.ResolutionMethod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves every connection of one meeting instance from the meeting's registry and all the
 * instance's participant events seen so far.
 *
 * <p>The result is a function of the <em>set</em> of events (they are put in event-time order
 * first), so whatever order they arrived in, the same events give the same resolutions.
 */
public final class Resolver {
  private static final Comparator<Observation> EVENT_ORDER =
      Comparator.comparing(
              Observation::occurredAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
          .thenComparing(Observation::sourceKey);

  private Resolver() {}

  /** Resolution per connection id. */
  public static Map<String, Resolution> resolve(
      MeetingRegistry registry, Collection<Observation> observations) {
    Map<String, List<Observation>> connections = byConnection(observations);
    Map<String, String> chainOf = Chains.of(connections);
    RegistryIndex index = new RegistryIndex(registry);
    Map<String, List<Observation>> chains = new HashMap<>();
    observations.stream()
        .sorted(EVENT_ORDER)
        .forEach(
            o ->
                chains
                    .computeIfAbsent(chainOf.get(o.connectionId()), k -> new ArrayList<>())
                    .add(o));
    Map<String, EvidenceLadder.Verdict> verdicts = new HashMap<>();
    chains.forEach((chain, events) -> verdicts.put(chain, EvidenceLadder.decide(index, events)));
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

  private static Map<String, List<Observation>> byConnection(Collection<Observation> observations) {
    Map<String, List<Observation>> connections = new LinkedHashMap<>();
    observations.stream()
        .sorted(EVENT_ORDER)
        .forEach(o -> connections.computeIfAbsent(o.connectionId(), k -> new ArrayList<>()).add(o));
    return connections;
  }

  /**
   * Flags that need two connections: the same person present twice at once. Connections of one
   * chain (waiting room then meeting) are one presence, never "twice".
   */
  private static void addOverlapFlags(
      Map<String, List<Observation>> connections,
      Map<String, String> chainOf,
      Map<String, EvidenceLadder.Verdict> verdicts,
      Map<String, Set<Flag>> flags) {
    List<String> ids = new ArrayList<>(connections.keySet());
    Map<String, Optional<Presence>> presence = new HashMap<>();
    ids.forEach(id -> presence.put(id, Presence.of(connections.get(id))));
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        String a = ids.get(i);
        String b = ids.get(j);
        EvidenceLadder.Verdict va = verdicts.get(chainOf.get(a));
        EvidenceLadder.Verdict vb = verdicts.get(chainOf.get(b));
        if (chainOf.get(a).equals(chainOf.get(b))
            || !va.identity().resolved()
            || !Objects.equals(va.identity().ref(), vb.identity().ref())
            || presence.get(a).isEmpty()
            || presence.get(b).isEmpty()
            || !presence.get(a).get().overlaps(presence.get(b).get())) {
          continue;
        }
        Flag flag = overlapFlag(va, vb, connections.get(a), connections.get(b));
        flags.get(a).add(flag);
        flags.get(b).add(flag);
      }
    }
  }

  private static Flag overlapFlag(
      EvidenceLadder.Verdict a,
      EvidenceLadder.Verdict b,
      List<Observation> eventsA,
      List<Observation> eventsB) {
    if (a.identity().role() == LinkRole.HOST) {
      return Flag.HOST_LINK_SHARED;
    }
    boolean bothThroughLinks = throughLink(a) && throughLink(b);
    String nameA = displayName(eventsA);
    String nameB = displayName(eventsB);
    String registered = a.identity().name();
    // Someone else on the link: the two names differ, or one of them is not the invitee's at all
    // (the invitee as a signed-out "user" plus a stranger under his own name).
    boolean someoneElse =
        Names.differMaterially(nameA, nameB)
            || Names.differMaterially(nameA, registered)
            || Names.differMaterially(nameB, registered);
    return bothThroughLinks && someoneElse ? Flag.SHARED_LINK : Flag.MULTIPLE_DEVICES;
  }

  private static boolean throughLink(EvidenceLadder.Verdict v) {
    ResolutionMethod m = v.identity().method();
    return m == ResolutionMethod.REGISTRANT || m == ResolutionMethod.CUSTOMER_KEY;
  }

  /** The connection's first informative display name, else its first one. */
  private static String displayName(List<Observation> events) {
    List<String> names =
        events.stream().map(o -> o.participant().userName()).filter(n -> present(n)).toList();
    return names.stream()
        .filter(n -> !Names.uninformative(n))
        .findFirst()
        .orElse(names.isEmpty() ? null : names.get(0));
  }

  private static Set<Flag> withNone(Set<Flag> flags) {
    return flags.isEmpty() ? EnumSet.noneOf(Flag.class) : flags;
  }
}
