package io.rollcall.benchmarks;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Joins and leaves in one meeting instance, person after person in a fixed round: a person who is
 * out joins (a new connection, as Zoom gives every rejoin a new user id), a person who is in
 * leaves. So the first round fills the meeting and later rounds alternate leaves and rejoins. Each
 * person's event times strictly increase (whole seconds, as Zoom sends them), so every session is
 * identifiable in the attendance API by its join and leave times.
 */
final class RoundRobinPresence {
  /** One event to send and what the attendance API will show once it is applied. */
  record Event(byte[] body, String ref, Instant joinedAt, Instant leftAt) {
    VisibilityTracker.Expectation accepted(long nanos) {
      return new VisibilityTracker.Expectation(ref, joinedAt, leftAt, nanos);
    }
  }

  private final ZoomEvents events;
  private final ZoomEvents.Instance instance;
  private final List<Person> people;
  private final ZoomEvents.Connection[] connected;
  private final Instant[] joinedAt;
  private final Instant[] lastTime;
  private int next;

  RoundRobinPresence(ZoomEvents events, ZoomEvents.Instance instance, List<Person> people) {
    this.events = events;
    this.instance = instance;
    this.people = List.copyOf(people);
    this.connected = new ZoomEvents.Connection[people.size()];
    this.joinedAt = new Instant[people.size()];
    this.lastTime = new Instant[people.size()];
  }

  /** The next person's next event, happening now (or just after their previous event). */
  synchronized Event next() {
    int i = next;
    next = (next + 1) % people.size();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant at = lastTime[i] == null || now.isAfter(lastTime[i]) ? now : lastTime[i].plusSeconds(1);
    lastTime[i] = at;
    Person person = people.get(i);
    if (connected[i] == null) {
      connected[i] = events.connect(person);
      joinedAt[i] = at;
      return new Event(events.joined(instance, connected[i], at), person.ref(), at, null);
    }
    byte[] body = events.left(instance, connected[i], at);
    connected[i] = null;
    return new Event(body, person.ref(), joinedAt[i], at);
  }

  /** A leave for everyone still in the meeting, so that every session has an end. */
  synchronized List<Event> leaveAll() {
    List<Event> leaves = new java.util.ArrayList<>();
    for (int n = 0; n < people.size(); n++) {
      if (connected[next] != null) {
        leaves.add(next());
      } else {
        next = (next + 1) % people.size();
      }
    }
    return leaves;
  }
}
