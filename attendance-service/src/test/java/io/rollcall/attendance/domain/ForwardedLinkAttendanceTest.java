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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo's forwarded link in attendance (issue 14): Erin joins on Dan's link at 06:00 as "Erin
 * Fischer", Dan at 08:00 as "Dan Dorsey", both until 55:00. identity-service splits Erin off Dan
 * ({@code via_link_of}); attendance then credits Dan 47m00s, not the 49m00s of both connections,
 * and lists Erin as her own entry showing whose link she used.
 */
class ForwardedLinkAttendanceTest {
  private static final Instant T0 = Instant.parse("2026-09-14T15:00:00Z");
  private static final Identity DAN =
      new Identity(
          "dan",
          LinkRole.INVITEE,
          "Dan Dorsey",
          "dan@example.edu",
          ResolutionMethod.REGISTRANT,
          Confidence.EXACT);

  @Test
  void danIsCredited47MinutesAndErinIsHerOwnEntryShowingDansLink() {
    ConnectionState erin =
        ConnectionState.empty("u:1")
            .with(event("u:1", "Erin Fischer", ParticipantAction.JOINED, 6, erinSplitOff()))
            .with(event("u:1", "Erin Fischer", ParticipantAction.LEFT, 55, erinSplitOff()));
    ConnectionState dan =
        ConnectionState.empty("u:2")
            .with(event("u:2", "Dan Dorsey", ParticipantAction.JOINED, 8, DAN))
            .with(event("u:2", "Dan Dorsey", ParticipantAction.LEFT, 55, DAN));

    Map<String, Attendee> byKey = attendees(List.of(erin, dan));

    Attendee danAttendee = byKey.get("ref:dan");
    assertThat(danAttendee.attendedSeconds()).isEqualTo(2820);
    assertThat(danAttendee.sessions()).hasSize(1);
    assertThat(danAttendee.flags()).containsExactly(Flag.SHARED_LINK);
    assertThat(danAttendee.viaLinkOf()).isNull();
    Attendee erinAttendee = byKey.get("chain:u:1");
    assertThat(erinAttendee.ref()).isNull();
    assertThat(erinAttendee.name()).isEqualTo("Erin Fischer");
    assertThat(erinAttendee.attendedSeconds()).isEqualTo(2940);
    assertThat(erinAttendee.flags()).containsExactly(Flag.SHARED_LINK, Flag.NAME_MISMATCH);
    assertThat(erinAttendee.viaLinkOf()).isEqualTo("dan");
  }

  @Test
  void erinsEarlierConnectionCorrectedOffDanLeavesDanWithHisOwnTimeOnly() {
    // Erin's events were published as Dan's before Dan's join arrived; the correction moves them.
    ConnectionState erin =
        ConnectionState.empty("u:1")
            .with(event("u:1", "Erin Fischer", ParticipantAction.JOINED, 6, DAN))
            .with(event("u:1", "Erin Fischer", ParticipantAction.LEFT, 55, DAN));
    ConnectionState dan =
        ConnectionState.empty("u:2")
            .with(event("u:2", "Dan Dorsey", ParticipantAction.JOINED, 8, DAN))
            .with(event("u:2", "Dan Dorsey", ParticipantAction.LEFT, 55, DAN));
    assertThat(attendees(List.of(erin, dan)).get("ref:dan").attendedSeconds()).isEqualTo(2940);

    ConnectionState corrected =
        erin.with(
            new ConnectionCorrected(
                1,
                "cc:i:u:1:2",
                "83011223344",
                "i",
                "u:1",
                erinSplitOff(),
                List.of(Flag.SHARED_LINK, Flag.NAME_MISMATCH),
                2,
                "new event of the instance",
                at(8),
                null));

    Map<String, Attendee> byKey = attendees(List.of(corrected, dan));
    assertThat(byKey.get("ref:dan").attendedSeconds()).isEqualTo(2820);
    assertThat(byKey.get("chain:u:1").viaLinkOf()).isEqualTo("dan");
  }

  private static Identity erinSplitOff() {
    return Identity.unresolved().throughLinkOf("dan");
  }

  private static Map<String, Attendee> attendees(List<ConnectionState> states) {
    List<ConnectionFacts> facts = states.stream().map(s -> s.facts(List.of())).toList();
    return AttendanceCalculator.attendees(facts, at(55), at(60)).stream()
        .collect(Collectors.toMap(Attendee::key, Function.identity()));
  }

  private static ParticipantEvent event(
      String connection, String name, ParticipantAction action, int minute, Identity identity) {
    // The flags identity-service gives each: the split-off stranger, Dan, Erin while still Dan's.
    List<Flag> flags =
        identity.viaLinkOf() != null
            ? List.of(Flag.SHARED_LINK, Flag.NAME_MISMATCH)
            : name.equals("Dan Dorsey") ? List.of(Flag.SHARED_LINK) : List.of(Flag.NAME_MISMATCH);
    String userId = connection.substring(2);
    return new ParticipantEvent(
        1,
        "pe:" + connection + ":" + action + ":" + minute,
        connection + ":" + action + ":" + minute,
        "83011223344",
        "i",
        action == ParticipantAction.JOINED
            ? "meeting.participant_joined"
            : "meeting.participant_left",
        action,
        at(minute),
        connection,
        new ZoomParticipant(userId, null, name, null, null, "REG-DAN", null, null),
        action == ParticipantAction.LEFT ? "left the meeting" : null,
        null,
        null,
        identity,
        flags,
        1);
  }

  private static Instant at(int minute) {
    return T0.plusSeconds(60L * minute);
  }
}
