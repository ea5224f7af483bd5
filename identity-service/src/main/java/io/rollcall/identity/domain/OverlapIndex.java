package io.rollcall.identity.domain;

import io.rollcall.events.Flag;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The overlap flags ({@link Overlaps}) of an instance's connections, kept up to date pair by pair.
 * Two connections can only earn a flag together when they resolved to the same person, so the index
 * groups connections by invitee ref and a changed connection is compared with its old and new group
 * only. Each connection keeps, per flag, how many partners give it that flag.
 */
final class OverlapIndex {
  private static final int FLAGS = Flag.values().length;

  /**
   * Everything the rule reads of one connection at one time; when none of it changed, none of the
   * connection's pairs did.
   *
   * @param chain compared by identity: connections of one chain never pair
   * @param first the connection's first event: which of two connections comes first
   */
  record Side(
      String connectionId, ChainIndex.Chain chain, Observation first, Overlaps.Party party) {
    String ref() {
      return party.verdict().identity().ref();
    }
  }

  private final Map<String, Side> sides = new HashMap<>();
  private final Map<String, Set<String>> connectionsByRef = new HashMap<>();
  private final Map<String, int[]> partnersPerFlag = new HashMap<>();
  private long pairsCompared;

  /**
   * Replaces the sides of these connections (unchanged ones are skipped) and recounts their pairs.
   * Costs the sizes of the changed connections' old and new groups.
   *
   * @return the other connections whose pair counts changed
   */
  Set<String> update(Collection<Side> candidates) {
    List<Side> changed =
        candidates.stream().filter(s -> !s.equals(sides.get(s.connectionId()))).toList();
    List<Side> before =
        changed.stream().map(s -> sides.get(s.connectionId())).filter(Objects::nonNull).toList();
    Set<String> partners = new HashSet<>();
    // A pair's flag is a function of both sides as stored, so the old sides' pairs are taken back
    // exactly as they were counted, then the new sides' pairs are counted.
    count(before, -1, partners);
    changed.forEach(this::replace);
    count(changed, +1, partners);
    return partners;
  }

  /** The overlap flags the connection currently earns (empty when none or unknown). */
  Set<Flag> flags(String connectionId) {
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    int[] counts = partnersPerFlag.get(connectionId);
    if (counts != null) {
      for (Flag flag : Flag.values()) {
        if (counts[flag.ordinal()] > 0) {
          flags.add(flag);
        }
      }
    }
    return flags;
  }

  /** How many pairs the rule was applied to so far: the overlap cost that must stay bounded. */
  long pairsCompared() {
    return pairsCompared;
  }

  private void count(List<Side> group, int delta, Set<String> partners) {
    Set<String> done = new HashSet<>();
    for (Side side : group) {
      String id = side.connectionId();
      for (String other : groupOf(side)) {
        if (other.equals(id) || done.contains(other)) {
          continue; // a pair of two listed connections is counted once
        }
        pairsCompared++;
        pair(side, sides.get(other))
            .ifPresent(
                flag -> {
                  add(id, flag, delta);
                  add(other, flag, delta);
                  partners.add(other);
                });
      }
      done.add(id);
    }
  }

  /** The connections resolved to the same person as this side (itself included), if resolved. */
  private Set<String> groupOf(Side side) {
    return side.ref() == null ? Set.of() : connectionsByRef.get(side.ref());
  }

  private static Optional<Flag> pair(Side a, Side b) {
    if (a.chain() == b.chain()) {
      return Optional.empty();
    }
    boolean aFirst = Observation.EVENT_ORDER.compare(a.first(), b.first()) < 0;
    return aFirst ? Overlaps.between(a.party(), b.party()) : Overlaps.between(b.party(), a.party());
  }

  private void add(String connectionId, Flag flag, int delta) {
    int[] counts = partnersPerFlag.computeIfAbsent(connectionId, k -> new int[FLAGS]);
    counts[flag.ordinal()] += delta;
  }

  private void replace(Side side) {
    Side old = sides.put(side.connectionId(), side);
    if (old != null && old.ref() != null) {
      Set<String> group = connectionsByRef.get(old.ref());
      group.remove(side.connectionId());
      if (group.isEmpty()) {
        connectionsByRef.remove(old.ref());
      }
    }
    if (side.ref() != null) {
      connectionsByRef.computeIfAbsent(side.ref(), k -> new HashSet<>()).add(side.connectionId());
    }
  }
}
