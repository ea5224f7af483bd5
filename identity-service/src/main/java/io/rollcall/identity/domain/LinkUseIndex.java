package io.rollcall.identity.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The chains that came through each link and whether the link is split ({@link ForwardedLinks}),
 * kept up to date chain by chain: a chain's change costs its link's counts, and only a link whose
 * split state flips asks for its other chains to be re-finished.
 */
final class LinkUseIndex {

  /** The chains of one link, and how many carry the owner's name or a stranger's. */
  private static final class Group {
    private final Set<ChainIndex.Chain> chains = Collections.newSetFromMap(new IdentityHashMap<>());
    private int ownerNamed;
    private int strangers;

    boolean split() {
      return ownerNamed > 0 && strangers > 0;
    }

    void count(ForwardedLinks.Use use, int delta) {
      if (use.ownerNamed()) {
        ownerNamed += delta;
      } else if (use.stranger()) {
        strangers += delta;
      }
    }
  }

  private final Map<String, Group> groups = new HashMap<>();

  /**
   * Records the chain's new use (null: not through a link) in place of the one it holds, and stores
   * it on the chain.
   *
   * @return the chains of every link whose split state flipped (they need a new final verdict)
   */
  List<ChainIndex.Chain> put(ChainIndex.Chain chain, ForwardedLinks.Use use) {
    List<ChainIndex.Chain> flipped = new ArrayList<>();
    leave(chain, flipped);
    chain.use(use);
    if (use != null) {
      Group group = groups.computeIfAbsent(use.linkId(), k -> new Group());
      boolean before = group.split();
      group.chains.add(chain);
      group.count(use, +1);
      if (group.split() != before) {
        flipped.addAll(group.chains);
      }
    }
    return flipped;
  }

  /**
   * Forgets a chain that no longer exists (merged into another).
   *
   * @return the chains of its link when that link's split state flipped
   */
  List<ChainIndex.Chain> remove(ChainIndex.Chain chain) {
    List<ChainIndex.Chain> flipped = new ArrayList<>();
    leave(chain, flipped);
    chain.use(null);
    return flipped;
  }

  /** Whether the link of this use is split; false for null. */
  boolean split(ForwardedLinks.Use use) {
    if (use == null) {
      return false;
    }
    Group group = groups.get(use.linkId());
    return group != null && group.split();
  }

  private void leave(ChainIndex.Chain chain, List<ChainIndex.Chain> flipped) {
    ForwardedLinks.Use old = chain.use();
    if (old == null) {
      return;
    }
    Group group = groups.get(old.linkId());
    boolean before = group.split();
    group.chains.remove(chain);
    group.count(old, -1);
    if (group.split() != before) {
      flipped.addAll(group.chains);
    }
    if (group.chains.isEmpty()) {
      groups.remove(old.linkId());
    }
  }
}
