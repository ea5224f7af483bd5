package io.rollcall.identity.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One instance's connections and chains, grown event by event: each connection's events in event
 * order, connections sharing a {@link ChainKeys chain key} merged into one chain (the grouping of
 * {@link Chains}; chains only ever merge), and which connections carry which evidence key, so that
 * a registry change finds the chains it concerns without a pass over the instance.
 */
final class ChainIndex {

  /** One connection: its events in event order and what the overlap rule reads from them. */
  static final class Connection {
    private final String id;
    private final List<Observation> events = new ArrayList<>();
    private Chain chain;
    private Optional<Presence> presence = Optional.empty();
    private String displayName;

    private Connection(String id) {
      this.id = id;
    }

    String id() {
      return id;
    }

    Chain chain() {
      return chain;
    }

    Observation first() {
      return events.get(0);
    }

    Overlaps.Party party() {
      return new Overlaps.Party(chain.verdict(), presence, displayName);
    }
  }

  /**
   * Connections that are one person's one attendance, with all their events in event order, the
   * chain's first-pass verdict, how it used a link and its final verdict (all three set by the
   * caller; see {@link ForwardedLinks}). Compared by identity.
   */
  static final class Chain {
    private final List<Connection> members = new ArrayList<>();
    private List<Observation> events = new ArrayList<>();
    private EvidenceLadder.Verdict decided;
    private ForwardedLinks.Use use;
    private EvidenceLadder.Verdict verdict;

    List<Connection> members() {
      return members;
    }

    /** The chain's events in event order, as {@link EvidenceLadder#decide} takes them. */
    List<Observation> events() {
      return events;
    }

    /** The ladder's verdict on the chain's own evidence (before {@link ForwardedLinks}). */
    EvidenceLadder.Verdict decided() {
      return decided;
    }

    void decided(EvidenceLadder.Verdict decided) {
      this.decided = decided;
    }

    /** How the chain used a link, by its first-pass verdict; null when not through a link. */
    ForwardedLinks.Use use() {
      return use;
    }

    void use(ForwardedLinks.Use use) {
      this.use = use;
    }

    /** The final verdict. */
    EvidenceLadder.Verdict verdict() {
      return verdict;
    }

    void verdict(EvidenceLadder.Verdict verdict) {
      this.verdict = verdict;
    }
  }

  private final Set<String> sourceKeys = new HashSet<>();
  private final Map<String, Connection> connections = new HashMap<>();
  private final Map<String, String> connectionOfKey = new HashMap<>();
  private final Map<String, Set<String>> connectionsByKey = new HashMap<>();
  private final List<Chain> absorbed = new ArrayList<>();

  /**
   * Adds an event to its connection and chain, merging chains that now share a {@link ChainKeys
   * chain key} (the event's, or a new connection's own key named earlier by another). Empty for a
   * duplicate (a source key seen before), which changes nothing. Costs the size of the event's
   * chain.
   */
  Optional<Chain> add(Observation o) {
    if (!sourceKeys.add(o.sourceKey())) {
      return Optional.empty();
    }
    Connection c = connections.get(o.connectionId());
    if (c == null) {
      c = newConnection(o.connectionId());
      connections.put(c.id, c);
      link(c, ChainKeys.own(c.id));
    }
    insert(c.events, o);
    insert(c.chain.events, o);
    c.presence = Presence.of(c.events);
    c.displayName = Overlaps.displayName(c.events);
    for (String key : RegistryIndex.evidenceKeys(o.participant())) {
      connectionsByKey.computeIfAbsent(key, k -> new HashSet<>()).add(c.id);
    }
    for (String key : ChainKeys.of(o.participant())) {
      link(c, key);
    }
    return Optional.of(c.chain);
  }

  /** Records that {@code c} holds {@code key}; merges with the chain that held it first. */
  private void link(Connection c, String key) {
    String other = connectionOfKey.putIfAbsent(key, c.id);
    if (other != null) {
      merge(c.chain, connections.get(other).chain);
    }
  }

  Connection connection(String id) {
    return connections.get(id);
  }

  /** Every chain, each once. */
  Collection<Chain> chains() {
    Set<Chain> chains = Collections.newSetFromMap(new IdentityHashMap<>());
    connections.values().forEach(c -> chains.add(c.chain));
    return chains;
  }

  /** The chains with an event carrying one of these evidence keys, each once. */
  Collection<Chain> chainsWith(Collection<String> evidenceKeys) {
    Set<Chain> chains = Collections.newSetFromMap(new IdentityHashMap<>());
    for (String key : evidenceKeys) {
      connectionsByKey.getOrDefault(key, Set.of()).forEach(id -> chains.add(connection(id).chain));
    }
    return chains;
  }

  /**
   * The chains merged into others since the last call (they no longer exist), so that the caller
   * can forget what it kept about them.
   */
  List<Chain> takeAbsorbed() {
    List<Chain> taken = List.copyOf(absorbed);
    absorbed.clear();
    return taken;
  }

  int connectionCount() {
    return connections.size();
  }

  int observationCount() {
    return sourceKeys.size();
  }

  private static Connection newConnection(String id) {
    Connection c = new Connection(id);
    c.chain = new Chain();
    c.chain.members.add(c);
    return c;
  }

  /** The smaller chain joins the larger, so a connection moves O(log n) times at most. */
  private void merge(Chain a, Chain b) {
    if (a == b) {
      return;
    }
    Chain into = a.members.size() >= b.members.size() ? a : b;
    Chain from = into == a ? b : a;
    from.members.forEach(m -> m.chain = into);
    into.members.addAll(from.members);
    into.events = mergeSorted(into.events, from.events);
    into.verdict = null;
    absorbed.add(from);
  }

  private static void insert(List<Observation> sorted, Observation o) {
    int at = Collections.binarySearch(sorted, o, Observation.EVENT_ORDER);
    sorted.add(at < 0 ? -at - 1 : at, o);
  }

  private static List<Observation> mergeSorted(List<Observation> a, List<Observation> b) {
    List<Observation> merged = new ArrayList<>(a.size() + b.size());
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      boolean takeA =
          j == b.size()
              || (i < a.size() && Observation.EVENT_ORDER.compare(a.get(i), b.get(j)) <= 0);
      merged.add(takeA ? a.get(i++) : b.get(j++));
    }
    return merged;
  }
}
