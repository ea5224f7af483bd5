package io.rollcall.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.events.Confidence;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 in attendance's domain: participant events as identity-service publishes them, folded
 * into connection facts in any order, then the calculator. Time in a breakout room is attended
 * time, shown per room; the total is the union.
 */
class BreakoutRoomAttendanceTest {
  private static final Instant T0 = Instant.parse("2026-09-14T15:00:00Z");
  private static final String ROOM = "FkQbpP2UR028mDrwzEahqw==";
  private static final String OTHER_ROOM = "Zx9bpP2UR028mDrwzEahqw==";
  private static final Identity ANA =
      new Identity(
          "ana",
          LinkRole.INVITEE,
          "Ana Silva",
          "ana@example.edu",
          ResolutionMethod.REGISTRANT,
          Confidence.EXACT);

  private final List<ParticipantEvent> events = new ArrayList<>();

  @Test
  void anaThroughABreakoutRoomAttends2386SecondsSplitByRoom() {
    main("u:1001", ANA, ParticipantAction.JOINED, 10);
    main("u:1001", ANA, ParticipantAction.LEFT, 600);
    room("u:1002", ANA, "1001", ROOM, ParticipantAction.JOINED, 602);
    room("u:1002", ANA, "1001", ROOM, ParticipantAction.LEFT, 1800);
    main("u:1003", ANA, ParticipantAction.JOINED, 1802);
    main("u:1003", ANA, ParticipantAction.LEFT, 2400);

    for (long seed = 0; seed < 5; seed++) {
      List<Attendee> attendees = attendees(seed, T0.plusSeconds(2410));

      assertThat(attendees).hasSize(1);
      Attendee ana = attendees.get(0);
      assertThat(ana.ref()).isEqualTo("ana");
      assertThat(ana.method()).isEqualTo(ResolutionMethod.REGISTRANT);
      assertThat(ana.attendedSeconds()).isEqualTo(2386);
      assertThat(ana.rooms())
          .containsExactly(new RoomTime(null, 590 + 598), new RoomTime(ROOM, 1198));
      assertThat(ana.sessions())
          .extracting(Session::breakoutRoomUuid)
          .containsExactly(null, ROOM, null);
      assertThat(ana.flags()).isEmpty();
    }
  }

  @Test
  void roomToRoomMovesAreCountedPerRoomAndOverlapsOnce() {
    main("u:1", ANA, ParticipantAction.JOINED, 0);
    room("u:2", ANA, "1", ROOM, ParticipantAction.JOINED, 100);
    room("u:2", ANA, "1", ROOM, ParticipantAction.LEFT, 400);
    room("u:3", ANA, "1", OTHER_ROOM, ParticipantAction.JOINED, 390);
    room("u:3", ANA, "1", OTHER_ROOM, ParticipantAction.LEFT, 700);
    // The main connection was never closed by a leave: the meeting's end closes it.

    Attendee ana = attendees(0, T0.plusSeconds(1000)).get(0);

    assertThat(ana.attendedSeconds()).isEqualTo(1000);
    assertThat(ana.rooms())
        .containsExactly(
            new RoomTime(null, 1000), new RoomTime(ROOM, 300), new RoomTime(OTHER_ROOM, 310));
  }

  @Test
  void anUnresolvedGuestsBreakoutConnectionStaysTheGuestsOneEntry() {
    Identity guest = Identity.unresolved();
    main("u:50", guest, ParticipantAction.JOINED, 0);
    main("u:50", guest, ParticipantAction.LEFT, 100);
    room("u:51", guest, "50", ROOM, ParticipantAction.JOINED, 102);
    room("u:51", guest, "50", ROOM, ParticipantAction.LEFT, 300);

    List<Attendee> attendees = attendees(1, T0.plusSeconds(400));

    assertThat(attendees).hasSize(1);
    assertThat(attendees.get(0).attendedSeconds()).isEqualTo(298);
    assertThat(attendees.get(0).rooms())
        .containsExactly(new RoomTime(null, 100), new RoomTime(ROOM, 198));
  }

  @Test
  void aGuestsRoomConnectionWithoutParticipantUuidJoinsTheGuestsEntryKeyedByUuid() {
    Identity guest = Identity.unresolved();
    main("u:60", guest, ParticipantAction.JOINED, 0, "PU-60");
    main("u:60", guest, ParticipantAction.LEFT, 100, "PU-60");
    room("u:61", guest, "60", ROOM, ParticipantAction.JOINED, 100);
    room("u:61", guest, "60", ROOM, ParticipantAction.LEFT, 300);
    main("u:62", guest, ParticipantAction.JOINED, 300, "PU-60");

    List<Attendee> attendees = attendees(3, T0.plusSeconds(400));

    assertThat(attendees).hasSize(1);
    assertThat(attendees.get(0).key()).isEqualTo("chain:PU-60");
    assertThat(attendees.get(0).attendedSeconds()).isEqualTo(400);
    assertThat(attendees.get(0).rooms())
        .containsExactly(new RoomTime(null, 200), new RoomTime(ROOM, 200));
  }

  @Test
  void aBoundPhoneLegOverlappingTheComputerCountsOnce() {
    main("u:2001", ANA, ParticipantAction.JOINED, 60);
    main("u:2002", ANA, ParticipantAction.JOINED, 120);
    main("u:2002", ANA, ParticipantAction.BIND, 121);
    main("u:2002", ANA, ParticipantAction.LEFT, 900);
    main("u:2001", ANA, ParticipantAction.LEFT, 1200);

    List<Attendee> attendees = attendees(2, T0.plusSeconds(1300));

    assertThat(attendees).hasSize(1);
    assertThat(attendees.get(0).attendedSeconds()).isEqualTo(1140);
    assertThat(attendees.get(0).rooms()).containsExactly(new RoomTime(null, 1140));
  }

  /** Folds the events into facts in a shuffled order, as the projection may receive them. */
  private List<Attendee> attendees(long seed, Instant endedAt) {
    List<ParticipantEvent> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new Random(seed));
    Map<String, ConnectionState> states = new LinkedHashMap<>();
    for (ParticipantEvent e : shuffled) {
      states.put(
          e.connectionId(),
          states.getOrDefault(e.connectionId(), ConnectionState.empty(e.connectionId())).with(e));
    }
    List<ConnectionFacts> facts = states.values().stream().map(s -> s.facts(List.of())).toList();
    return AttendanceCalculator.attendees(facts, endedAt, endedAt);
  }

  private void main(String connection, Identity who, ParticipantAction action, int second) {
    main(connection, who, action, second, null);
  }

  private void main(
      String connection, Identity who, ParticipantAction action, int second, String uuid) {
    event(connection, who, action, second, null, null, uuid);
  }

  private void room(
      String connection,
      Identity who,
      String parentUserId,
      String room,
      ParticipantAction action,
      int second) {
    event(connection, who, action, second, parentUserId, room, null);
  }

  private void event(
      String connection,
      Identity who,
      ParticipantAction action,
      int second,
      String parentUserId,
      String room,
      String participantUuid) {
    String zoomEvent =
        room == null
            ? action.zoomEvent()
            : action == ParticipantAction.JOINED
                ? "meeting.participant_joined_breakout_room"
                : "meeting.participant_left_breakout_room";
    String userId = connection.substring(2);
    ZoomParticipant p =
        new ZoomParticipant(
            userId,
            participantUuid,
            "Ana Silva",
            null,
            null,
            null,
            null,
            null,
            parentUserId,
            room,
            null,
            null);
    String id = "pe:" + connection + ":" + action + ":" + second;
    events.add(
        new ParticipantEvent(
            1,
            id,
            id,
            "83011223344",
            "inst==",
            zoomEvent,
            action,
            T0.plusSeconds(second),
            connection,
            p,
            action == ParticipantAction.LEFT ? "Ana Silva left the meeting." : null,
            null,
            null,
            who,
            who.resolved() ? List.of() : List.of(Flag.UNINVITED),
            1));
  }
}
