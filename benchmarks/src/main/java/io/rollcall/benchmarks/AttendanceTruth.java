package io.rollcall.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the attendance must be: every invitee's attended seconds, summed over the sessions the
 * harness played (a person is in the meeting at most once at a time, so sessions never overlap),
 * compared with what attendance-service answers.
 */
final class AttendanceTruth {
  /**
   * One comparison: invitees whose attended seconds are exact, short (lost events) or more than the
   * truth (double counted), plus attendee entries that resolved to nobody.
   */
  record Verdict(int exact, int shortOnes, int doubled, int unresolved, List<String> examples) {
    boolean converged() {
      return shortOnes == 0 && doubled == 0 && unresolved == 0;
    }
  }

  private final Map<String, Long> seconds = new ConcurrentHashMap<>();

  AttendanceTruth(List<Person> invitees) {
    invitees.forEach(p -> seconds.put(p.ref(), 0L));
  }

  /** Records a played event; a leave closes a session. */
  void played(RoundRobinPresence.Event event) {
    if (event.leftAt() != null) {
      seconds.merge(
          event.ref(), Duration.between(event.joinedAt(), event.leftAt()).toSeconds(), Long::sum);
    }
  }

  long totalSeconds() {
    return seconds.values().stream().mapToLong(Long::longValue).sum();
  }

  Verdict compare(AttendanceClient.Snapshot snapshot) {
    Map<String, Long> shown = new ConcurrentHashMap<>();
    int unresolved = 0;
    for (AttendanceClient.Attendee a : snapshot.attendees()) {
      if (a.ref() == null) {
        unresolved++;
      } else {
        shown.merge(a.ref(), a.attendedSeconds(), Long::sum);
      }
    }
    int exact = 0;
    int shortOnes = 0;
    int doubled = 0;
    List<String> examples = new ArrayList<>();
    for (Map.Entry<String, Long> truth : seconds.entrySet()) {
      long got = shown.getOrDefault(truth.getKey(), 0L);
      if (got == truth.getValue()) {
        exact++;
        continue;
      }
      if (got < truth.getValue()) {
        shortOnes++;
      } else {
        doubled++;
      }
      if (examples.size() < 5) {
        examples.add(truth.getKey() + ": " + got + " s shown, " + truth.getValue() + " s true");
      }
    }
    return new Verdict(exact, shortOnes, doubled, unresolved, examples);
  }
}
