package io.rollcall.simulator.domain;

/**
 * A Zoom user. {@code internal} users belong to the simulated account (licensed hosts and
 * colleagues); external ones are signed-in users of some other account.
 */
public record ZoomUser(
    String id, String email, String firstName, String lastName, boolean internal) {

  public String displayName() {
    return (firstName + " " + lastName).trim();
  }
}
