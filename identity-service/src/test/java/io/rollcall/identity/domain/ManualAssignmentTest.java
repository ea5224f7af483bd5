package io.rollcall.identity.domain;

import static io.rollcall.identity.domain.Fixtures.at;
import static io.rollcall.identity.domain.Fixtures.invitee;
import static io.rollcall.identity.domain.Fixtures.participant;
import static io.rollcall.identity.domain.Fixtures.registry;
import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.events.Confidence;
import io.rollcall.events.Flag;
import io.rollcall.events.Identity;
import io.rollcall.events.ResolutionMethod;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule of manual corrections ({@link ManualAssignments}), on small instances. */
class ManualAssignmentTest {
  private final MeetingRegistry registry =
      registry(
          invitee("maria", "María", "López", "REG-M"), invitee("jonas", "Jonas", "Berg", "REG-J"));

  private static ManualAssignment assign(String id, String connection, String ref, int minute) {
    return new ManualAssignment(
        id, connection, ref, "seen on camera", "key:0123456789ab", at(minute));
  }

  private static ManualAssignment withdraw(String id, String connection, int minute) {
    return new ManualAssignment(id, connection, null, null, "key:0123456789ab", at(minute));
  }

  @Test
  void anAssignedUnresolvedGuestBecomesTheInviteeWithTheEvidenceBesideIt() {
    InstanceResolution state = new InstanceResolution(registry);
    state.apply(participant("7", "iPad").joined(1));

    Map<String, Resolution> touched = state.assign(assign("a1", "u:7", "maria", 60));

    Identity identity = touched.get("u:7").identity();
    assertThat(identity.ref()).isEqualTo("maria");
    assertThat(identity.name()).isEqualTo("María López");
    assertThat(identity.method()).isEqualTo(ResolutionMethod.MANUAL);
    assertThat(identity.confidence()).isEqualTo(Confidence.EXACT);
    assertThat(identity.assignment().assignedBy()).isEqualTo("key:0123456789ab");
    assertThat(identity.assignment().reason()).isEqualTo("seen on camera");
    assertThat(identity.assignment().evidence().method()).isEqualTo(ResolutionMethod.NONE);
    assertThat(touched.get("u:7").flags()).doesNotContain(Flag.UNINVITED);
  }

  @Test
  void theWholeChainFollowsAndAWithdrawalRestoresTheEvidence() {
    InstanceResolution state = new InstanceResolution(registry);
    state.apply(participant("7", "iPad").uuid("P-1").joined(1));
    state.apply(participant("8", "iPad").uuid("P-1").joined(20));
    Map<String, Resolution> before = state.resolutions();

    state.assign(assign("a1", "u:8", "jonas", 60));
    assertThat(state.resolution("u:7").orElseThrow().identity().ref()).isEqualTo("jonas");

    state.assign(withdraw("a2", "u:7", 61));
    assertThat(state.resolutions()).isEqualTo(before);
  }

  @Test
  void anOlderMessageNeverOverridesANewerOneWhateverTheArrivalOrder() {
    List<Observation> events = List.of(participant("7", "iPad").joined(1));
    ManualAssignment first = assign("a1", "u:7", "maria", 60);
    ManualAssignment second = assign("a2", "u:7", "jonas", 61);

    InstanceResolution inOrder = InstanceResolution.of(registry, events, List.of(first, second));
    InstanceResolution reversed = new InstanceResolution(registry);
    events.forEach(reversed::apply);
    reversed.assign(second);
    assertThat(reversed.assign(first)).isEmpty();

    assertThat(inOrder.resolutions()).isEqualTo(reversed.resolutions());
    assertThat(reversed.resolution("u:7").orElseThrow().identity().ref()).isEqualTo("jonas");
  }

  @Test
  void aRegistrantMatchOverriddenKeepsItsMethodAsEvidence() {
    InstanceResolution state = new InstanceResolution(registry);
    state.apply(participant("9", "Jonas").registrant("REG-J").joined(1));

    state.assign(assign("a1", "u:9", "maria", 60));

    Identity identity = state.resolution("u:9").orElseThrow().identity();
    assertThat(identity.ref()).isEqualTo("maria");
    assertThat(identity.assignment().evidence().ref()).isEqualTo("jonas");
    assertThat(identity.assignment().evidence().method()).isEqualTo(ResolutionMethod.REGISTRANT);
  }

  @Test
  void anAssignmentOfARefTheRegistryDoesNotKnowYetWaitsForItsLink() {
    InstanceResolution state = new InstanceResolution(registry);
    state.apply(participant("7", "iPad").joined(1));

    state.assign(assign("a1", "u:7", "li", 60));
    assertThat(state.resolution("u:7").orElseThrow().identity().resolved()).isFalse();
    assertThat(state.resolution("u:7").orElseThrow().flags()).contains(Flag.PENDING_LINK);

    Map<String, Resolution> touched =
        state.registryChanged(
            registry(
                invitee("maria", "María", "López", "REG-M"),
                invitee("jonas", "Jonas", "Berg", "REG-J"),
                invitee("li", "Li", "Wei", "REG-L")));
    assertThat(touched.get("u:7").identity().ref()).isEqualTo("li");
    assertThat(touched.get("u:7").identity().method()).isEqualTo(ResolutionMethod.MANUAL);
  }
}
