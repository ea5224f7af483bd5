package io.rollcall.attendance.domain;

/**
 * How many sessions of an instance Zoom's participants report added (flag {@code from_report}) and
 * changed (its leave time: {@code leave_from_report}), or by how much a change moved those counts.
 *
 * @param added sessions known only from the report
 * @param changed sessions whose leave time is the report's
 */
public record SessionCounts(int added, int changed) {

  public static final SessionCounts ZERO = new SessionCounts(0, 0);

  /** By how much one connection going from {@code before} to {@code after} moves the counts. */
  public static SessionCounts change(ConnectionState before, ConnectionState after) {
    return new SessionCounts(
        indicator(after.addedFromReport()) - indicator(before.addedFromReport()),
        indicator(after.leaveFromReport()) - indicator(before.leaveFromReport()));
  }

  public SessionCounts plus(SessionCounts other) {
    return new SessionCounts(added + other.added, changed + other.changed);
  }

  /** The greater of each count. */
  public SessionCounts max(SessionCounts other) {
    return new SessionCounts(Math.max(added, other.added), Math.max(changed, other.changed));
  }

  /** How far each count of this exceeds {@code other}'s (0 where it does not). */
  public SessionCounts excessOver(SessionCounts other) {
    return new SessionCounts(
        Math.max(0, added - other.added), Math.max(0, changed - other.changed));
  }

  public boolean zero() {
    return added == 0 && changed == 0;
  }

  private static int indicator(boolean value) {
    return value ? 1 : 0;
  }
}
