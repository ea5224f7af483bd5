package io.rollcall.identity.domain;

import static io.rollcall.identity.domain.Fixtures.host;
import static io.rollcall.identity.domain.Fixtures.invitee;
import static io.rollcall.identity.domain.Fixtures.participant;
import static io.rollcall.identity.domain.Fixtures.registry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rollcall.events.Flag;
import io.rollcall.events.ParticipantAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The incremental resolver's cost bound, counted rather than timed: on a 10,000-connection instance
 * one event or one link re-decides the chains holding its evidence and compares the connections of
 * one person only. Correctness against {@link Resolver} is {@link
 * InstanceResolutionPropertyTest}'s.
 */
class InstanceResolutionTest {
  private static final int PEOPLE = 5_000;

  private final List<RegistryLink> links = invitees();
  private final MeetingRegistry registry = registry(links.toArray(RegistryLink[]::new));

  @Test
  void rebuildingATenThousandConnectionInstanceDecidesEachChainOnce() {
    InstanceResolution state = InstanceResolution.of(registry, twoDevicesPerPerson());

    assertThat(state.connectionCount()).isEqualTo(2 * PEOPLE);
    assertThat(state.observationCount()).isEqualTo(3 * PEOPLE);
    assertThat(state.ladderEvaluations()).isEqualTo(2 * PEOPLE);
    assertThat(state.resolution("u:42").orElseThrow().flags())
        .containsExactly(Flag.MULTIPLE_DEVICES);
  }

  @Test
  void oneEventInATenThousandConnectionInstanceReDecidesOnlyItsOwnChain() {
    InstanceResolution state = InstanceResolution.of(registry, twoDevicesPerPerson());
    long ladder = state.ladderEvaluations();
    long pairs = state.pairComparisons();

    Map<String, Resolution> touched = state.apply(participant("42", "Person N42").left(30));

    assertThat(state.ladderEvaluations() - ladder).isEqualTo(1);
    assertThat(state.pairComparisons() - pairs).isLessThanOrEqualTo(2);
    assertThat(touched).containsOnlyKeys("u:42");
    assertThat(touched.get("u:42").flags()).containsExactly(Flag.MULTIPLE_DEVICES);
  }

  @Test
  void aWaitingRoomChainJoiningAPersonComparesOnlyThatPersonsConnections() {
    InstanceResolution state = InstanceResolution.of(registry, twoDevicesPerPerson());
    long ladder = state.ladderEvaluations();
    long pairs = state.pairComparisons();

    state.apply(
        participant("w7", "Person N7")
            .uuid("PU-7")
            .event(ParticipantAction.WAITING_ROOM_JOINED, 1));
    Map<String, Resolution> touched =
        state.apply(participant("j7", "Person N7").uuid("PU-7").registrant("REG-7").joined(2));

    assertThat(state.ladderEvaluations() - ladder).isEqualTo(2);
    assertThat(state.pairComparisons() - pairs).isLessThanOrEqualTo(12);
    assertThat(touched.keySet()).isSubsetOf("u:w7", "u:j7", "u:7", "u:5007");
    assertThat(touched.get("u:w7").identity().ref()).isEqualTo("student-7");
    assertThat(touched.get("u:j7").flags()).containsExactly(Flag.MULTIPLE_DEVICES);
  }

  @Test
  void aLateLinkReDecidesOnlyTheChainsCarryingItsEvidence() {
    InstanceResolution state = InstanceResolution.of(registry, twoDevicesPerPerson());
    Map<String, Resolution> pending =
        state.apply(participant("late", "Lea Late").registrant("REG-LATE").joined(3));
    assertThat(pending.get("u:late").flags()).containsExactly(Flag.PENDING_LINK);
    long ladder = state.ladderEvaluations();

    List<RegistryLink> withLate = new ArrayList<>(links);
    withLate.add(invitee("student-late", "Lea", "Late", "REG-LATE"));
    Map<String, Resolution> touched =
        state.registryChanged(registry(withLate.toArray(RegistryLink[]::new)));

    assertThat(state.ladderEvaluations() - ladder).isEqualTo(1);
    assertThat(touched).containsOnlyKeys("u:late");
    assertThat(touched.get("u:late").identity().ref()).isEqualTo("student-late");
    assertThat(touched.get("u:late").flags()).isEmpty();
  }

  @Test
  void revokingALinkReDecidesTheChainsThatUsedIt() {
    InstanceResolution state = InstanceResolution.of(registry, twoDevicesPerPerson());
    long ladder = state.ladderEvaluations();

    List<RegistryLink> revoked = new ArrayList<>(links);
    revoked.set(8, Fixtures.revoked(links.get(8), Fixtures.at(-1)));
    Map<String, Resolution> touched =
        state.registryChanged(registry(revoked.toArray(RegistryLink[]::new)));

    assertThat(links.get(8).inviteeRef()).isEqualTo("student-7");
    assertThat(state.ladderEvaluations() - ladder).isEqualTo(2);
    assertThat(touched).containsOnlyKeys("u:7", "u:5007");
    assertThat(touched.get("u:7").flags())
        .containsExactly(Flag.MULTIPLE_DEVICES, Flag.REVOKED_LINK);
  }

  @Test
  void changingWhetherRegistrationIsRequiredReDecidesEveryChain() {
    InstanceResolution state = InstanceResolution.of(registry, twoDevicesPerPerson());
    long ladder = state.ladderEvaluations();

    Map<String, Resolution> touched =
        state.registryChanged(
            Fixtures.registryWithoutRegistration(links.toArray(RegistryLink[]::new)));

    assertThat(state.ladderEvaluations() - ladder).isEqualTo(2 * PEOPLE);
    assertThat(touched).isEmpty();
  }

  @Test
  void aDuplicateEventChangesNothingAndStillReportsItsConnection() {
    Observation joined = participant("1", "Person N1").registrant("REG-1").joined(1);
    InstanceResolution state = InstanceResolution.of(registry, List.of(joined));
    long ladder = state.ladderEvaluations();

    Map<String, Resolution> touched = state.apply(joined);

    assertThat(state.ladderEvaluations()).isEqualTo(ladder);
    assertThat(state.observationCount()).isEqualTo(1);
    assertThat(touched).isEqualTo(Map.of("u:1", state.resolution("u:1").orElseThrow()));
  }

  @Test
  void aRegistryOfAnotherMeetingIsRejected() {
    InstanceResolution state = new InstanceResolution(registry);

    assertThatThrownBy(() -> state.registryChanged(MeetingRegistry.empty("another")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEventWithoutAConnectionIdIsRejected() {
    InstanceResolution state = new InstanceResolution(registry);
    Observation keyless =
        new Observation("src-x", null, ParticipantAction.JOINED, Fixtures.at(1), null);

    assertThatThrownBy(() -> state.apply(keyless)).isInstanceOf(NullPointerException.class);
  }

  /** The host, then student-0 … student-4999 (so student-i is at index i + 1). */
  private static List<RegistryLink> invitees() {
    List<RegistryLink> links = new ArrayList<>(List.of(host()));
    for (int i = 0; i < PEOPLE; i++) {
      links.add(invitee("student-" + i, "Person", "N" + i, "REG-" + i));
    }
    return links;
  }

  /** Each person joins at minute 0 and, on a second device, from minute 5 to 10. */
  private static List<Observation> twoDevicesPerPerson() {
    List<Observation> events = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      String name = "Person N" + i;
      events.add(participant(String.valueOf(i), name).registrant("REG-" + i).joined(0));
      Fixtures.ParticipantBuilder second =
          participant(String.valueOf(PEOPLE + i), name).registrant("REG-" + i);
      events.add(second.joined(5));
      events.add(second.left(10));
    }
    return events;
  }
}
