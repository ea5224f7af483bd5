package io.rollcall.benchmarks;

/**
 * Someone who joins a benchmark meeting: an invitee (registered through meeting-service, so {@code
 * registrantId} is the link Zoom puts in their events) or a guest through the generic link ({@code
 * registrantId} null; their attendee entry is an unresolved chain).
 */
record Person(String ref, String firstName, String lastName, String email, String registrantId) {

  static Person invitee(String ref) {
    return new Person(ref, "Invitee", ref, ref + "@bench.test", null);
  }

  static Person guest(String ref) {
    return new Person(ref, "Guest", ref, "", null);
  }

  Person withRegistrantId(String id) {
    return new Person(ref, firstName, lastName, email, id);
  }

  boolean isGuest() {
    return registrantId == null;
  }

  String displayName() {
    return firstName + " " + lastName;
  }
}
