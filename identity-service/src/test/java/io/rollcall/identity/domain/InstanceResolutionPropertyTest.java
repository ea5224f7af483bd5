package io.rollcall.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.identity.domain.InstanceScenarios.Assign;
import io.rollcall.identity.domain.InstanceScenarios.Event;
import io.rollcall.identity.domain.InstanceScenarios.NewRegistry;
import io.rollcall.identity.domain.InstanceScenarios.Scenario;
import io.rollcall.identity.domain.InstanceScenarios.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The incremental resolver against the whole-instance {@link Resolver} (the oracle) on thousands of
 * random instances ({@link InstanceScenarios}): after every step the full state must equal the
 * oracle's answer for the registry and all events so far, and what a step reports must include
 * every connection whose resolution changed. A failure is shrunk to a minimal list of steps and
 * reported with its seed.
 *
 * <p>Seeds are fixed, so a run is reproducible; {@code -Dscenarios=N} and {@code -DscenarioSeed=S}
 * explore others.
 */
class InstanceResolutionPropertyTest {
  private static final int SCENARIOS = Integer.getInteger("scenarios", 2_000);
  private static final long FIRST_SEED = Long.getLong("scenarioSeed", 20260914L);
  private static final int MAX_STEPS = 60;

  @Test
  void afterEveryEventAndRegistryChangeTheStateEqualsTheWholeInstanceResolver() {
    forEveryScenario(InstanceResolutionPropertyTest::replayStepByStep);
  }

  @Test
  void rebuildingFromTheEventsInAnyOrderEqualsTheWholeInstanceResolver() {
    forEveryScenario(InstanceResolutionPropertyTest::rebuildHalfwayAndContinue);
  }

  /**
   * The generator does produce the case of issue 14 — a link used by its owner and by a differently
   * named person — in all its variants, so the two properties above cover it: split-off connections
   * left unresolved and resolved to another invitee, on invitee links and on the host's start link,
   * and connections moved off the owner by events that arrived after them.
   */
  @Test
  void theScenariosIncludeForwardedLinksUsedBesideTheirOwnersArrivingInAnyOrder() {
    int unresolved = 0;
    int resolvedToAnother = 0;
    int hostLink = 0;
    int movedOffTheOwnerLater = 0;
    for (int i = 0; i < SCENARIOS; i++) {
      Scenario scenario = InstanceScenarios.generate(FIRST_SEED + i, MAX_STEPS);
      Map<String, Resolution> last = Resolver.resolve(scenario.finalRegistry(), scenario.events());
      List<Resolution> splitOff =
          last.values().stream().filter(r -> r.identity().viaLinkOf() != null).toList();
      unresolved += splitOff.stream().anyMatch(r -> !r.identity().resolved()) ? 1 : 0;
      resolvedToAnother += splitOff.stream().anyMatch(r -> r.identity().resolved()) ? 1 : 0;
      hostLink +=
          splitOff.stream()
                  .anyMatch(r -> r.identity().viaLinkOf().equals(InstanceScenarios.HOST_REF))
              ? 1
              : 0;
      Scenario firstHalf =
          new Scenario(
              scenario.seed(),
              scenario.initial(),
              scenario.steps().subList(0, scenario.steps().size() / 2));
      Map<String, Resolution> halfway =
          Resolver.resolve(scenario.finalRegistry(), firstHalf.events());
      movedOffTheOwnerLater +=
          last.entrySet().stream()
                  .anyMatch(
                      e ->
                          e.getValue().identity().viaLinkOf() != null
                              && halfway.containsKey(e.getKey())
                              && e.getValue()
                                  .identity()
                                  .viaLinkOf()
                                  .equals(halfway.get(e.getKey()).identity().ref()))
              ? 1
              : 0;
    }
    int enough = SCENARIOS / 40;
    assertThat(unresolved).as("scenarios with an unresolved split-off").isGreaterThan(enough);
    assertThat(resolvedToAnother).as("... resolved to another invitee").isGreaterThan(enough / 4);
    assertThat(hostLink).as("... off the host's start link").isGreaterThan(enough / 4);
    assertThat(movedOffTheOwnerLater).as("... moved off the owner later").isGreaterThan(enough);
    System.out.printf(
        "forwarded links in %d scenarios: unresolved split-off %d, resolved to another %d, host"
            + " link %d, moved off the owner by later events %d%n",
        SCENARIOS, unresolved, resolvedToAnother, hostLink, movedOffTheOwnerLater);
  }

  /**
   * The generator produces manual assignments in force, assignments withdrawn after they were in
   * force, and assignments of refs the registry does not know, so the properties cover them.
   */
  @Test
  void theScenariosIncludeAssignmentsInForceWithdrawnAndPending() {
    int inForce = 0;
    int withdrawnAfter = 0;
    int unknownRef = 0;
    for (int i = 0; i < SCENARIOS; i++) {
      Scenario scenario = InstanceScenarios.generate(FIRST_SEED + i, MAX_STEPS);
      Map<String, Resolution> last =
          Resolver.resolve(scenario.finalRegistry(), scenario.events(), scenario.assignments());
      inForce +=
          last.values().stream()
                  .anyMatch(
                      r -> r.identity().method() == io.rollcall.events.ResolutionMethod.MANUAL)
              ? 1
              : 0;
      List<ManualAssignment> all = scenario.assignments();
      withdrawnAfter +=
          all.stream().anyMatch(a -> a.withdrawn()) && all.stream().anyMatch(a -> !a.withdrawn())
              ? 1
              : 0;
      unknownRef += all.stream().anyMatch(a -> "nobody".equals(a.ref())) ? 1 : 0;
    }
    int enough = SCENARIOS / 40;
    assertThat(inForce).as("scenarios ending with a manual resolution").isGreaterThan(enough);
    assertThat(withdrawnAfter).as("... with assignments and withdrawals").isGreaterThan(enough);
    assertThat(unknownRef).as("... assigning an unknown ref").isGreaterThan(enough / 4);
    System.out.printf(
        "manual assignments in %d scenarios: in force at the end %d, with withdrawals %d, unknown"
            + " ref %d%n",
        SCENARIOS, inForce, withdrawnAfter, unknownRef);
  }

  /** Applies each step, comparing with the oracle before and after it. */
  private static void replayStepByStep(Scenario scenario) {
    MeetingRegistry registry = scenario.initial();
    List<Observation> seen = new ArrayList<>();
    List<ManualAssignment> assignments = new ArrayList<>();
    InstanceResolution state = new InstanceResolution(registry);
    Map<String, Resolution> before = Map.of();
    for (int i = 0; i < scenario.steps().size(); i++) {
      Step step = scenario.steps().get(i);
      Map<String, Resolution> reported;
      if (step instanceof Event e) {
        seen.add(e.observation());
        reported = state.apply(e.observation());
        assertThat(reported)
            .as("step %d reports its own connection", i)
            .containsKey(e.observation().connectionId());
      } else if (step instanceof Assign a) {
        assignments.add(a.assignment());
        reported = state.assign(a.assignment());
      } else {
        registry = ((NewRegistry) step).registry();
        reported = state.registryChanged(registry);
      }
      Map<String, Resolution> after = Resolver.resolve(registry, seen, assignments);
      assertThat(state.resolutions()).as("state after step %d", i).isEqualTo(after);
      assertThat(after).as("what step %d reports", i).containsAllEntriesOf(reported);
      for (Map.Entry<String, Resolution> now : after.entrySet()) {
        if (!now.getValue().equals(before.get(now.getKey()))) {
          assertThat(reported)
              .as("step %d reports changed %s", i, now.getKey())
              .containsKey(now.getKey());
        }
      }
      before = after;
    }
  }

  /**
   * Rebuilds from the first half of the events (shuffled, duplicates included) with the registry of
   * that moment, then applies the rest.
   */
  private static void rebuildHalfwayAndContinue(Scenario scenario) {
    int half = scenario.steps().size() / 2;
    Scenario first =
        new Scenario(scenario.seed(), scenario.initial(), scenario.steps().subList(0, half));
    List<Observation> events = new ArrayList<>(first.events());
    Collections.shuffle(events, new Random(scenario.seed()));
    List<ManualAssignment> assignments = new ArrayList<>(first.assignments());
    Collections.shuffle(assignments, new Random(scenario.seed()));
    InstanceResolution state = InstanceResolution.of(first.finalRegistry(), events, assignments);
    assertThat(state.resolutions())
        .as("rebuilt from %d events", events.size())
        .isEqualTo(Resolver.resolve(first.finalRegistry(), events, assignments));
    for (Step step : scenario.steps().subList(half, scenario.steps().size())) {
      if (step instanceof Event e) {
        state.apply(e.observation());
      } else if (step instanceof Assign a) {
        state.assign(a.assignment());
      } else {
        state.registryChanged(((NewRegistry) step).registry());
      }
    }
    assertThat(state.resolutions())
        .as("after the remaining steps")
        .isEqualTo(
            Resolver.resolve(scenario.finalRegistry(), scenario.events(), scenario.assignments()));
  }

  private static void forEveryScenario(Consumer<Scenario> property) {
    for (int i = 0; i < SCENARIOS; i++) {
      Scenario scenario = InstanceScenarios.generate(FIRST_SEED + i, MAX_STEPS);
      Optional<AssertionError> failure = failure(property, scenario);
      if (failure.isPresent()) {
        Scenario smallest = shrink(property, scenario);
        throw new AssertionError(
            "falsified by scenario (shrunk from "
                + scenario.steps().size()
                + " steps):\n"
                + smallest
                + "\n"
                + failure(property, smallest).orElseThrow().getMessage(),
            failure.get());
      }
    }
  }

  /**
   * Drops steps one at a time, then strips the chain edges (breakout parent, phone bind) from the
   * events that carry one, as long as the property still fails.
   */
  private static Scenario shrink(Consumer<Scenario> property, Scenario scenario) {
    boolean smaller = true;
    while (smaller) {
      smaller = false;
      for (int i = scenario.steps().size() - 1; i >= 0; i--) {
        Scenario candidate = scenario.without(i);
        if (failure(property, candidate).isPresent()) {
          scenario = candidate;
          smaller = true;
        }
      }
      for (int i = scenario.steps().size() - 1; i >= 0; i--) {
        Optional<Scenario> candidate = scenario.withoutEdge(i);
        if (candidate.isPresent() && failure(property, candidate.get()).isPresent()) {
          scenario = candidate.get();
          smaller = true;
        }
      }
    }
    return scenario;
  }

  private static Optional<AssertionError> failure(Consumer<Scenario> property, Scenario scenario) {
    try {
      property.accept(scenario);
      return Optional.empty();
    } catch (AssertionError e) {
      return Optional.of(e);
    }
  }
}
