package io.rollcall.identity.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares fresh resolutions with what was published before: a new connection starts at revision 1,
 * a connection whose identity or flags changed gets the next revision (published as a correction),
 * an unchanged one keeps its revision.
 */
public final class Revisions {

  /** What consumers were last told about a connection. */
  public record Published(Resolution resolution, int revision) {}

  /**
   * A connection whose published state must change.
   *
   * @param firstSeen true for a new connection (nothing to correct, revision 1)
   */
  public record Change(
      String connectionId, Resolution resolution, int revision, boolean firstSeen) {}

  private Revisions() {}

  /** Changes in connection id order. */
  public static List<Change> diff(Map<String, Published> before, Map<String, Resolution> now) {
    List<Change> changes = new ArrayList<>();
    new TreeMap<>(now)
        .forEach(
            (connection, resolution) -> {
              Published old = before.get(connection);
              if (old == null) {
                changes.add(new Change(connection, resolution, 1, true));
              } else if (!old.resolution().equals(resolution)) {
                changes.add(new Change(connection, resolution, old.revision() + 1, false));
              }
            });
    return changes;
  }
}
