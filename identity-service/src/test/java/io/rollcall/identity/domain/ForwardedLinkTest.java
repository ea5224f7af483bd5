package io.rollcall.identity.domain;

import static io.rollcall.identity.domain.Fixtures.HOST_ZOOM_ID;
import static io.rollcall.identity.domain.Fixtures.host;
import static io.rollcall.identity.domain.Fixtures.invitee;
import static io.rollcall.identity.domain.Fixtures.participant;
import static io.rollcall.identity.domain.Fixtures.registry;
import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.events.Flag;
import io.rollcall.events.Identity;
import io.rollcall.events.LinkRole;
import io.rollcall.events.ResolutionMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A forwarded link used beside its owner (issue 14, {@link ForwardedLinks}): the demo's Dan, whose
 * link Erin uses, both until the end. Each case is checked on the oracle ({@link Resolver}) and on
 * the incremental path in every arrival order, with a duplicate delivery.
 */
class ForwardedLinkTest {
  private final RegistryLink dan = invitee("dan", "Dan", "Dorsey", "REG-DAN");
  private final RegistryLink erin = invitee("erin", "Erin", "Fischer", "REG-ERIN");

  private final Observation erinJoins =
      participant("1", "Erin Fischer").registrant("REG-DAN").joined(6);
  private final Observation erinLeaves = participant("1", "Erin Fischer").left(55);
  private final Observation danJoins =
      participant("2", "Dan Dorsey").registrant("REG-DAN").joined(8);
  private final Observation danLeaves = participant("2", "Dan Dorsey").left(55);

  @Test
  void erinOnDansLinkBesideDanIsHerOwnUnresolvedEntryShowingDansLink() {
    Map<String, Resolution> all =
        resolvedInEveryOrder(registry(dan), erinJoins, erinLeaves, danJoins, danLeaves);

    Resolution danConnection = all.get("u:2");
    assertThat(danConnection.identity().ref()).isEqualTo("dan");
    assertThat(danConnection.identity().method()).isEqualTo(ResolutionMethod.REGISTRANT);
    assertThat(danConnection.identity().viaLinkOf()).isNull();
    assertThat(danConnection.flags()).containsExactly(Flag.SHARED_LINK);

    Resolution erinConnection = all.get("u:1");
    assertThat(erinConnection.identity()).isEqualTo(Identity.unresolved().throughLinkOf("dan"));
    assertThat(erinConnection.flags()).containsExactly(Flag.SHARED_LINK, Flag.NAME_MISMATCH);
  }

  @Test
  void erinOnDansLinkIsResolvedByHerNameWhenSheIsAnInviteeHerself() {
    Map<String, Resolution> all =
        resolvedInEveryOrder(registry(dan, erin), erinJoins, erinLeaves, danJoins, danLeaves);

    Identity erinIdentity = all.get("u:1").identity();
    assertThat(erinIdentity.ref()).isEqualTo("erin");
    assertThat(erinIdentity.method()).isEqualTo(ResolutionMethod.NAME);
    assertThat(erinIdentity.viaLinkOf()).isEqualTo("dan");
    assertThat(all.get("u:1").flags()).containsExactly(Flag.SHARED_LINK, Flag.NAME_MISMATCH);
    assertThat(all.get("u:2").identity().ref()).isEqualTo("dan");
  }

  @Test
  void dansLateJoinMovesErinsEarlierConnectionOffDanAndReportsTheCorrection() {
    InstanceResolution state = new InstanceResolution(registry(dan));
    state.apply(erinJoins);
    state.apply(erinLeaves);
    assertThat(state.resolution("u:1").orElseThrow().identity().ref()).isEqualTo("dan");

    Map<String, Resolution> reported = state.apply(danJoins);

    assertThat(reported).containsKeys("u:1", "u:2");
    assertThat(reported.get("u:1").identity().ref()).isNull();
    assertThat(reported.get("u:1").identity().viaLinkOf()).isEqualTo("dan");
  }

  @Test
  void whenTheOwnerNeverCameTheLinkStaysTheOwnersFlagged() {
    Map<String, Resolution> all = resolvedInEveryOrder(registry(dan), erinJoins, erinLeaves);

    assertThat(all.get("u:1").identity().ref()).isEqualTo("dan");
    assertThat(all.get("u:1").identity().viaLinkOf()).isNull();
    assertThat(all.get("u:1").flags()).containsExactly(Flag.NAME_MISMATCH);
  }

  @Test
  void twoStrangersOnTheLinkWithoutTheOwnerStayTheOwnersFlaggedSharedLink() {
    Map<String, Resolution> all =
        resolvedInEveryOrder(
            registry(dan),
            erinJoins,
            participant("3", "Kevin Park").registrant("REG-DAN").joined(10));

    assertThat(all.values()).allMatch(r -> "dan".equals(r.identity().ref()));
    assertThat(all.get("u:1").flags()).containsExactly(Flag.SHARED_LINK, Flag.NAME_MISMATCH);
    assertThat(all.get("u:3").flags()).containsExactly(Flag.SHARED_LINK, Flag.NAME_MISMATCH);
  }

  @Test
  void deviceAndPartialNamesBesideTheOwnerNeverSplitTheLink() {
    for (String shown : List.of("user", "iPhone", "DESKTOP-4F2", "Dan", "Guest")) {
      Map<String, Resolution> all =
          resolvedInEveryOrder(
              registry(dan),
              danJoins,
              participant("3", shown).registrant("REG-DAN").joined(10),
              participant("3", shown).left(30));
      assertThat(all.get("u:3").identity().ref()).as(shown).isEqualTo("dan");
      assertThat(all.get("u:3").identity().viaLinkOf()).as(shown).isNull();
      assertThat(all.get("u:3").flags()).as(shown).containsExactly(Flag.MULTIPLE_DEVICES);
    }
  }

  @Test
  void theOwnersNameCountsAfterNormalisation() {
    Map<String, Resolution> all =
        resolvedInEveryOrder(
            registry(dan),
            erinJoins,
            participant("2", "DORSEY, Dan").registrant("REG-DAN").joined(8));

    assertThat(all.get("u:2").identity().ref()).isEqualTo("dan");
    assertThat(all.get("u:1").identity().viaLinkOf()).isEqualTo("dan");
  }

  @Test
  void aStrangerOnTheHostsStartLinkBesideTheHostIsSplitOffFlaggedHostLinkShared() {
    Map<String, Resolution> all =
        resolvedInEveryOrder(
            registry(host(), dan),
            participant("1", "Student Sam").zoomUser(HOST_ZOOM_ID).joined(1),
            participant("2", "Tom Teacher").zoomUser(HOST_ZOOM_ID).joined(8));

    assertThat(all.get("u:2").identity().ref()).isEqualTo("teacher@example.edu");
    assertThat(all.get("u:2").identity().role()).isEqualTo(LinkRole.HOST);
    assertThat(all.get("u:2").flags()).containsExactly(Flag.HOST_LINK_SHARED);
    assertThat(all.get("u:1").identity())
        .isEqualTo(Identity.unresolved().throughLinkOf("teacher@example.edu"));
    assertThat(all.get("u:1").flags()).containsExactly(Flag.HOST_LINK_SHARED, Flag.NAME_MISMATCH);
  }

  @Test
  void whenTheHostNeverCameEveryoneOnTheStartLinkStaysTheHostFlagged() {
    Map<String, Resolution> all =
        resolvedInEveryOrder(
            registry(host(), dan),
            participant("1", "Student Sam").zoomUser(HOST_ZOOM_ID).joined(1),
            participant("2", "Host").zoomUser(HOST_ZOOM_ID).joined(8));

    assertThat(all.values()).allMatch(r -> "teacher@example.edu".equals(r.identity().ref()));
    assertThat(all.get("u:1").flags()).containsExactly(Flag.HOST_LINK_SHARED);
    assertThat(all.get("u:2").flags()).containsExactly(Flag.HOST_LINK_SHARED);
  }

  /**
   * The oracle's answer, after checking that the incremental path reaches it in every arrival order
   * of {@code events} (each order with its first event delivered twice).
   */
  private static Map<String, Resolution> resolvedInEveryOrder(
      MeetingRegistry registry, Observation... events) {
    Map<String, Resolution> expected = Resolver.resolve(registry, List.of(events));
    for (List<Observation> order : permutations(List.of(events))) {
      InstanceResolution state = new InstanceResolution(registry);
      order.forEach(state::apply);
      state.apply(order.get(0));
      assertThat(state.resolutions()).as("order %s", order).isEqualTo(expected);
      assertThat(InstanceResolution.of(registry, order).resolutions()).isEqualTo(expected);
    }
    return expected;
  }

  private static List<List<Observation>> permutations(List<Observation> items) {
    if (items.size() <= 1) {
      return List.of(items);
    }
    List<List<Observation>> result = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<Observation> rest = new ArrayList<>(items);
      Observation head = rest.remove(i);
      for (List<Observation> tail : permutations(rest)) {
        List<Observation> order = new ArrayList<>();
        order.add(head);
        order.addAll(tail);
        result.add(order);
      }
    }
    return result;
  }
}
