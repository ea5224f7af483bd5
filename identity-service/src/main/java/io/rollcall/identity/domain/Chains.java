package io.rollcall.identity.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups connections into chains: connections that share a {@link ChainKeys chain key} (a {@code
 * participant_uuid}, a breakout room's {@code parent_user_id}, a phone leg's {@code bind_user_id})
 * are one person's one attendance and share one resolution. The chain id is the smallest connection
 * id of the chain, so it does not depend on arrival order. The oracle for {@link ChainIndex}.
 */
final class Chains {
  private Chains() {}

  /** Chain id per connection id. */
  static Map<String, String> of(Map<String, List<Observation>> connections) {
    Map<String, String> parent = new TreeMap<>();
    connections.keySet().forEach(c -> parent.put(c, c));
    Map<String, String> connectionOfKey = new HashMap<>();
    connections.forEach(
        (connection, events) -> {
          List<String> keys = new ArrayList<>();
          keys.add(ChainKeys.own(connection));
          events.forEach(o -> keys.addAll(ChainKeys.of(o.participant())));
          for (String key : keys) {
            String other = connectionOfKey.putIfAbsent(key, connection);
            if (other != null) {
              union(parent, other, connection);
            }
          }
        });
    Map<String, String> chainOf = new HashMap<>();
    parent.keySet().forEach(c -> chainOf.put(c, root(parent, c)));
    return chainOf;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = root(parent, a);
    String rb = root(parent, b);
    if (!ra.equals(rb)) {
      // The smaller id becomes the root: the chain id is the smallest member.
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }

  private static String root(Map<String, String> parent, String c) {
    String r = c;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }
}
