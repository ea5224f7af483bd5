package io.rollcall.identity.domain;

import static io.rollcall.identity.domain.ConnectionKeys.present;

import io.rollcall.events.Flag;
import io.rollcall.events.LinkRole;
import io.rollcall.events.ResolutionMethod;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The flags that need two connections: the same person present twice at once. One rule for both
 * {@link Resolver} and {@link InstanceResolution}. Connections of one chain (waiting room then
 * meeting) are one presence, never "twice": callers skip such pairs.
 */
final class Overlaps {
  private Overlaps() {}

  /**
   * What the rule reads of one connection.
   *
   * @param verdict the verdict of the connection's chain
   * @param presence when the connection was in the meeting proper; empty when never
   * @param displayName see {@link #displayName}
   */
  record Party(EvidenceLadder.Verdict verdict, Optional<Presence> presence, String displayName) {

    /** {@code events} are the connection's own events in event order. */
    static Party of(EvidenceLadder.Verdict verdict, List<Observation> events) {
      return new Party(verdict, Presence.of(events), Overlaps.displayName(events));
    }
  }

  /**
   * The flag two connections of different chains earn together, if any. {@code earlier} is the
   * connection whose first event comes first in event order: the host role and the registered name
   * are read from its verdict, which matters when one person holds several links.
   */
  static Optional<Flag> between(Party earlier, Party later) {
    EvidenceLadder.Verdict a = earlier.verdict();
    EvidenceLadder.Verdict b = later.verdict();
    if (!a.identity().resolved()
        || !Objects.equals(a.identity().ref(), b.identity().ref())
        || earlier.presence().isEmpty()
        || later.presence().isEmpty()
        || !earlier.presence().get().overlaps(later.presence().get())) {
      return Optional.empty();
    }
    return Optional.of(flag(earlier, later));
  }

  private static Flag flag(Party earlier, Party later) {
    EvidenceLadder.Verdict a = earlier.verdict();
    if (a.identity().role() == LinkRole.HOST) {
      return Flag.HOST_LINK_SHARED;
    }
    boolean bothThroughLinks = throughLink(a) && throughLink(later.verdict());
    String nameA = earlier.displayName();
    String nameB = later.displayName();
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

  /** The connection's first informative display name, else its first one, else null. */
  static String displayName(List<Observation> events) {
    List<String> names =
        events.stream().map(o -> o.participant().userName()).filter(n -> present(n)).toList();
    return names.stream()
        .filter(n -> !Names.uninformative(n))
        .findFirst()
        .orElse(names.isEmpty() ? null : names.get(0));
  }
}
