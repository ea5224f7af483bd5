package io.rollcall.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.events.Confidence;
import io.rollcall.events.ConnectionCorrected;
import io.rollcall.events.Flag;
import io.rollcall.events.Identity;
import io.rollcall.events.LinkRole;
import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ResolutionMethod;
import io.rollcall.events.ZoomParticipant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConnectionStateTest {

  private static final Instant T0 = Instant.parse("2026-09-14T15:00:00Z");
  private static final Identity ANA =
      new Identity(
          "s-1", LinkRole.INVITEE, "Ana", null, ResolutionMethod.REGISTRANT, Confidence.EXACT);

  private static ParticipantEvent event(
      ParticipantAction action, int minute, Identity identity, int revision, String name) {
    return new ParticipantEvent(
        1,
        "pe:" + action + minute,
        null,
        "1",
        "i",
        action.zoomEvent(),
        action,
        T0.plusSeconds(60L * minute),
        "u:1",
        new ZoomParticipant("1", "P-1", name, null, null, null, null, null),
        action == ParticipantAction.LEFT ? "left" : null,
        null,
        null,
        identity,
        revision > 1 ? List.of(Flag.NAME_MISMATCH) : List.of(),
        revision);
  }

  private static ConnectionState applyAll(List<Object> messages) {
    ConnectionState state = ConnectionState.empty("u:1");
    for (Object message : messages) {
      state =
          message instanceof ParticipantEvent e
              ? state.with(e)
              : state.with((ConnectionCorrected) message);
    }
    return state;
  }

  @Test
  void anyArrivalOrderGivesTheSameState() {
    List<Object> messages =
        List.of(
            event(ParticipantAction.JOINED, 2, Identity.unresolved(), 1, "Ana laptop"),
            event(ParticipantAction.ROLE_CHANGED, 5, Identity.unresolved(), 1, "renamed"),
            new ConnectionCorrected(
                1, "cc", "1", "i", "u:1", ANA, List.of(Flag.SHARED_LINK), 2, "late", T0, null),
            event(ParticipantAction.LEFT, 30, Identity.unresolved(), 1, "renamed"));
    ConnectionState expected = applyAll(messages);

    Random random = new Random(1);
    for (int i = 0; i < 20; i++) {
      List<Object> shuffled = new ArrayList<>(messages);
      Collections.shuffle(shuffled, random);
      assertThat(applyAll(shuffled)).isEqualTo(expected);
    }
    assertThat(expected.identity()).isEqualTo(ANA);
    assertThat(expected.flags()).containsExactly(Flag.SHARED_LINK);
    assertThat(expected.reportedName()).isEqualTo("Ana laptop");
    assertThat(expected.joinedAt()).isEqualTo(T0.plusSeconds(120));
    assertThat(expected.leftAt()).isEqualTo(T0.plusSeconds(1800));
  }

  @Test
  void correctionWithEqualOrLowerRevisionIsIgnored() {
    ConnectionState state =
        ConnectionState.empty("u:1").with(event(ParticipantAction.JOINED, 0, ANA, 3, "Ana"));
    ConnectionCorrected stale =
        new ConnectionCorrected(
            1, "cc", "1", "i", "u:1", Identity.unresolved(), List.of(), 3, "stale", T0, null);

    assertThat(state.with(stale)).isSameAs(state);
  }

  @Test
  void eventWithEqualRevisionStillUpdatesIdentity() {
    ConnectionState state =
        ConnectionState.empty("u:1")
            .with(event(ParticipantAction.JOINED, 0, Identity.unresolved(), 1, "Ana"))
            .with(event(ParticipantAction.LEFT, 9, ANA, 1, "Ana"));

    assertThat(state.identity()).isEqualTo(ANA);
    assertThat(state.attendeeKey()).isEqualTo("ref:s-1");
  }

  @Test
  void participantUuidBecomesTheChainKeyOfAnUnresolvedConnection() {
    ConnectionState state =
        ConnectionState.empty("u:1")
            .with(event(ParticipantAction.JOINED, 0, Identity.unresolved(), 1, "Guest"));

    assertThat(state.attendeeKey()).isEqualTo("chain:P-1");
  }

  @Test
  void waitingRoomActionsMarkEntriesAndExits() {
    assertThat(
            ConnectionState.waitingMark(
                event(ParticipantAction.WAITING_ROOM_JOINED, 1, ANA, 1, "Ana")))
        .contains(new WaitingMark(T0.plusSeconds(60), true));
    assertThat(ConnectionState.waitingMark(event(ParticipantAction.ADMITTED, 2, ANA, 1, "Ana")))
        .contains(new WaitingMark(T0.plusSeconds(120), false));
    assertThat(ConnectionState.waitingMark(event(ParticipantAction.JOINED, 2, ANA, 1, "Ana")))
        .isEmpty();
  }
}
