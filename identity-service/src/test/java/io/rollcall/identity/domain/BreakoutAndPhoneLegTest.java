package io.rollcall.identity.domain;

import static io.rollcall.identity.domain.Fixtures.host;
import static io.rollcall.identity.domain.Fixtures.invitee;
import static io.rollcall.identity.domain.Fixtures.participant;
import static io.rollcall.identity.domain.Fixtures.registry;
import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ResolutionMethod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A breakout room's connection and a bound phone leg are the same person as the connection they
 * continue (issue 14): they join its chain, so they resolve as it does, never as a second person or
 * an unresolved guest, whatever order the events arrive in.
 */
class BreakoutAndPhoneLegTest {
  private static final String ROOM = "FkQbpP2UR028mDrwzEahqw==";
  private final MeetingRegistry registry =
      registry(host(), invitee("ana", "Ana", "Silva", "REG-ANA"));

  /**
   * Ana (seconds from the start): main 10–600, left "to join a breakout room"; room 602–1800 (new
   * user id, parent = the main one); main again 1802–2400 (new user id).
   */
  private static List<Observation> anaThroughABreakoutRoom(boolean breakoutCarriesRegistrant) {
    String roomRegistrant = breakoutCarriesRegistrant ? "REG-ANA" : null;
    return List.of(
        participant("100", "Ana Silva")
            .registrant("REG-ANA")
            .atSecond(ParticipantAction.JOINED, 10),
        participant("100", "Ana Silva").registrant("REG-ANA").atSecond(ParticipantAction.LEFT, 600),
        participant("200", "Ana Silva")
            .registrant(roomRegistrant)
            .inBreakoutRoom(ROOM, "100")
            .atSecond(ParticipantAction.JOINED, 602),
        participant("200", "Ana Silva")
            .registrant(roomRegistrant)
            .inBreakoutRoom(ROOM, "100")
            .atSecond(ParticipantAction.LEFT, 1800),
        participant("300", "Ana Silva")
            .registrant("REG-ANA")
            .atSecond(ParticipantAction.JOINED, 1802),
        participant("300", "Ana Silva")
            .registrant("REG-ANA")
            .atSecond(ParticipantAction.LEFT, 2400));
  }

  @ParameterizedTest(name = "breakout events carry registrant_id: {0}")
  @ValueSource(booleans = {true, false})
  void aBreakoutConnectionResolvesToItsParentsPersonWithoutFlags(boolean withRegistrant) {
    List<Observation> events = anaThroughABreakoutRoom(withRegistrant);

    Map<String, Resolution> oracle = Resolver.resolve(registry, events);

    assertThat(oracle).containsOnlyKeys("u:100", "u:200", "u:300");
    oracle.forEach(
        (connection, r) -> {
          assertThat(r.identity().ref()).as(connection).isEqualTo("ana");
          assertThat(r.identity().method()).as(connection).isEqualTo(ResolutionMethod.REGISTRANT);
          assertThat(r.flags()).as(connection).isEmpty();
        });
    assertThat(incrementally(events, 1)).isEqualTo(oracle);
    assertThat(incrementally(events, 2)).isEqualTo(oracle);
  }

  @Test
  void aBreakoutConnectionOfAnUnresolvedGuestStaysInTheGuestsChain() {
    List<Observation> events =
        List.of(
            participant("100", "DESKTOP-7Q2LM").atSecond(ParticipantAction.JOINED, 10),
            participant("100", "DESKTOP-7Q2LM").atSecond(ParticipantAction.LEFT, 600),
            participant("200", "DESKTOP-7Q2LM")
                .inBreakoutRoom(ROOM, "100")
                .atSecond(ParticipantAction.JOINED, 602));

    Map<String, Resolution> oracle = Resolver.resolve(registry, events);

    assertThat(oracle.get("u:200")).isEqualTo(oracle.get("u:100"));
    assertThat(oracle.get("u:200").identity().resolved()).isFalse();
    assertThat(incrementally(events, 3)).isEqualTo(oracle);
  }

  @Test
  void aBoundPhoneLegWithoutPinResolvesThroughItsBindAndIsNotASecondDevice() {
    List<Observation> events =
        List.of(
            participant("100", "Ana Silva")
                .registrant("REG-ANA")
                .atSecond(ParticipantAction.JOINED, 60),
            participant("400", "+1 555 0100 2233")
                .phone("+15550100223")
                .atSecond(ParticipantAction.JOINED, 120),
            participant("400", "+1 555 0100 2233")
                .phone("+15550100223")
                .boundTo("100")
                .atSecond(ParticipantAction.BIND, 125),
            participant("400", "+1 555 0100 2233")
                .phone("+15550100223")
                .atSecond(ParticipantAction.LEFT, 900),
            participant("100", "Ana Silva")
                .registrant("REG-ANA")
                .atSecond(ParticipantAction.LEFT, 1200));

    Map<String, Resolution> oracle = Resolver.resolve(registry, events);

    Resolution phone = oracle.get("u:400");
    assertThat(phone.identity().ref()).isEqualTo("ana");
    assertThat(phone.identity().method()).isEqualTo(ResolutionMethod.REGISTRANT);
    assertThat(phone.flags()).isEmpty();
    assertThat(oracle.get("u:100").flags()).isEmpty();
    assertThat(incrementally(events, 4)).isEqualTo(oracle);
    assertThat(incrementally(events, 5)).isEqualTo(oracle);
  }

  @Test
  void aPhoneLegWithoutPinOrBindIsAnUninvitedCaller() {
    Map<String, Resolution> oracle =
        Resolver.resolve(
            registry,
            List.of(
                participant("400", "+1 555 0100 2233")
                    .phone("+15550100223")
                    .atSecond(ParticipantAction.JOINED, 120)));

    assertThat(oracle.get("u:400").identity().resolved()).isFalse();
  }

  /** The incremental resolver fed the events one by one in a shuffled order. */
  private Map<String, Resolution> incrementally(List<Observation> events, long seed) {
    List<Observation> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new Random(seed));
    InstanceResolution state = new InstanceResolution(registry);
    shuffled.forEach(state::apply);
    return state.resolutions();
  }
}
