package io.rollcall.simulator.scenario;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A scenario being played: progress, errors, and what was created for it. */
public final class ScenarioRun {

  /** What the control API shows of a run. */
  public record View(
      String id,
      String scenario,
      String meetingId,
      String status,
      int stepsDone,
      int steps,
      String scenarioStart,
      Map<String, Map<String, String>> invitees,
      List<String> errors) {}

  private final String id;
  private final String scenario;
  private final String meetingId;
  private final int steps;
  private final String scenarioStart;
  private final Map<String, Map<String, String>> invitees;
  private final AtomicInteger done = new AtomicInteger();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private final CompletableFuture<Void> finished = new CompletableFuture<>();

  public ScenarioRun(
      String id,
      String scenario,
      String meetingId,
      int steps,
      String scenarioStart,
      Map<String, Map<String, String>> invitees) {
    this.id = id;
    this.scenario = scenario;
    this.meetingId = meetingId;
    this.steps = steps;
    this.scenarioStart = scenarioStart;
    this.invitees = invitees;
  }

  public String id() {
    return id;
  }

  public String meetingId() {
    return meetingId;
  }

  void stepDone() {
    done.incrementAndGet();
  }

  void error(String message) {
    errors.add(message);
  }

  void finish() {
    finished.complete(null);
  }

  public CompletableFuture<Void> finished() {
    return finished;
  }

  public View view() {
    String status =
        !finished.isDone() ? "running" : errors.isEmpty() ? "finished" : "finished_with_errors";
    return new View(
        id,
        scenario,
        meetingId,
        status,
        done.get(),
        steps,
        scenarioStart,
        invitees,
        List.copyOf(errors));
  }
}
