package io.rollcall.identity.domain;

import io.rollcall.events.Flag;
import io.rollcall.events.Identity;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A connection's resolution: who, by which evidence, and the anomalies noticed. */
public record Resolution(Identity identity, List<Flag> flags) {

  public Resolution {
    // Enum order, so that equal flag sets compare and serialise equally.
    Set<Flag> sorted = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
    flags = List.copyOf(sorted);
  }

  public static Resolution unresolved() {
    return new Resolution(Identity.unresolved(), List.of());
  }
}
