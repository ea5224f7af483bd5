package io.rollcall.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.events.Confidence;
import io.rollcall.events.Flag;
import io.rollcall.events.LinkRole;
import io.rollcall.events.ResolutionMethod;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttendanceCalculatorTest {

  private static final Instant T0 = Instant.parse("2026-09-14T15:00:00Z");

  private static Instant at(int minute) {
    return T0.plusSeconds(60L * minute);
  }

  private static ConnectionFacts person(
      String connection, String ref, ResolutionMethod method, Instant joined, Instant left) {
    return new ConnectionFacts(
        connection,
        connection,
        joined,
        left,
        left == null ? null : "left the meeting.",
        "DESKTOP-" + connection,
        ref,
        LinkRole.INVITEE,
        "Name of " + ref,
        ref + "@example.edu",
        method,
        method.confidence(),
        Set.of(),
        List.of());
  }

  private static ConnectionFacts unresolved(
      String connection, String chain, String reportedName, Instant joined, Instant left) {
    return new ConnectionFacts(
        connection,
        chain,
        joined,
        left,
        null,
        reportedName,
        null,
        null,
        null,
        null,
        ResolutionMethod.NONE,
        Confidence.NONE,
        Set.of(Flag.UNINVITED),
        List.of());
  }

  @Test
  void twoDevicesAtOnceCountOnceAndMergeIntoOnePerson() {
    List<Attendee> attendees =
        AttendanceCalculator.attendees(
            List.of(
                person("u:1", "s-1", ResolutionMethod.REGISTRANT, at(0), at(30)),
                person("u:2", "s-1", ResolutionMethod.NAME, at(10), at(40))),
            at(60),
            at(90));

    assertThat(attendees).hasSize(1);
    Attendee attendee = attendees.get(0);
    assertThat(attendee.attendedSeconds()).isEqualTo(40 * 60);
    assertThat(attendee.firstJoin()).isEqualTo(at(0));
    assertThat(attendee.lastLeave()).isEqualTo(at(40));
    assertThat(attendee.sessions()).extracting(Session::connectionId).containsExactly("u:1", "u:2");
    assertThat(attendee.method()).isEqualTo(ResolutionMethod.REGISTRANT);
    assertThat(attendee.confidence()).isEqualTo(Confidence.EXACT);
    assertThat(attendee.name()).isEqualTo("Name of s-1");
  }

  @Test
  void reconnectGapIsNotCounted() {
    Attendee attendee =
        AttendanceCalculator.attendees(
                List.of(
                    person("u:1", "s-1", ResolutionMethod.REGISTRANT, at(0), at(10)),
                    person("u:2", "s-1", ResolutionMethod.REGISTRANT, at(15), at(25))),
                at(60),
                at(60))
            .get(0);

    assertThat(attendee.attendedSeconds()).isEqualTo(20 * 60);
  }

  @Test
  void openSessionOfLiveInstanceCountsUpToNowAndHasNoLastLeave() {
    Attendee attendee =
        AttendanceCalculator.attendees(
                List.of(
                    person("u:1", "s-1", ResolutionMethod.REGISTRANT, at(0), at(10)),
                    person("u:2", "s-1", ResolutionMethod.REGISTRANT, at(20), null)),
                null,
                at(50))
            .get(0);

    assertThat(attendee.attendedSeconds()).isEqualTo(40 * 60);
    assertThat(attendee.lastLeave()).isNull();
    assertThat(attendee.sessions().get(1).leftAt()).isNull();
  }

  @Test
  void meetingEndClosesOpenSessionsAtTheEndTime() {
    Attendee attendee =
        AttendanceCalculator.attendees(
                List.of(person("u:1", "s-1", ResolutionMethod.REGISTRANT, at(5), null)),
                at(45),
                at(500))
            .get(0);

    assertThat(attendee.attendedSeconds()).isEqualTo(40 * 60);
    assertThat(attendee.lastLeave()).isEqualTo(at(45));
    assertThat(attendee.sessions().get(0).leaveReason()).isEqualTo(Session.MEETING_ENDED);
  }

  @Test
  void zeroLengthSessionIsListedButCountsNothing() {
    Attendee attendee =
        AttendanceCalculator.attendees(
                List.of(person("u:1", "s-1", ResolutionMethod.REGISTRANT, at(5), at(5))),
                at(45),
                at(45))
            .get(0);

    assertThat(attendee.attendedSeconds()).isZero();
    assertThat(attendee.sessions()).hasSize(1);
  }

  @Test
  void leaveBeforeJoinFromClockSkewCountsZero() {
    Attendee attendee =
        AttendanceCalculator.attendees(
                List.of(
                    person("u:1", "s-1", ResolutionMethod.REGISTRANT, at(5), at(4)),
                    person("u:2", "s-1", ResolutionMethod.REGISTRANT, at(10), at(12))),
                at(45),
                at(45))
            .get(0);

    assertThat(attendee.attendedSeconds()).isEqualTo(2 * 60);
  }

  @Test
  void leaveWithoutJoinDoesNotMakeAnAttendeeYet() {
    assertThat(
            AttendanceCalculator.attendees(
                List.of(person("u:1", "s-1", ResolutionMethod.REGISTRANT, null, at(30))),
                null,
                at(40)))
        .isEmpty();
  }

  @Test
  void unresolvedConnectionsAreListedPerChainWithTheReportedName() {
    List<Attendee> attendees =
        AttendanceCalculator.attendees(
            List.of(
                unresolved("u:7", "p-A", "iPhone", at(1), at(10)),
                unresolved("u:8", "p-B", "Guest", at(2), at(10)),
                person("u:1", "s-1", ResolutionMethod.REGISTRANT, at(0), at(10))),
            at(10),
            at(10));

    assertThat(attendees)
        .extracting(Attendee::key)
        .containsExactly("ref:s-1", "chain:p-A", "chain:p-B");
    Attendee iphone = attendees.get(1);
    assertThat(iphone.ref()).isNull();
    assertThat(iphone.name()).isEqualTo("iPhone");
    assertThat(iphone.method()).isEqualTo(ResolutionMethod.NONE);
    assertThat(iphone.flags()).containsExactly(Flag.UNINVITED);
  }

  @Test
  void flagsAreTheUnionOfTheConnectionsFlagsInContractOrder() {
    ConnectionFacts a =
        withFlags(
            person("u:1", "s-1", ResolutionMethod.REGISTRANT, at(0), at(5)),
            Set.of(Flag.NAME_MISMATCH));
    ConnectionFacts b =
        withFlags(
            person("u:2", "s-1", ResolutionMethod.REGISTRANT, at(1), at(5)),
            Set.of(Flag.SHARED_LINK, Flag.NAME_MISMATCH));

    assertThat(AttendanceCalculator.attendees(List.of(b, a), at(5), at(5)).get(0).flags())
        .containsExactly(Flag.SHARED_LINK, Flag.NAME_MISMATCH);
  }

  @Test
  void waitingRoomTimeIsKeptApartFromAttendedTime() {
    ConnectionFacts waited =
        new ConnectionFacts(
            "u:1",
            "u:1",
            at(10),
            at(20),
            null,
            "Ana",
            "s-1",
            LinkRole.INVITEE,
            "Ana",
            null,
            ResolutionMethod.REGISTRANT,
            null,
            Set.of(),
            List.of(new WaitingMark(at(2), true), new WaitingMark(at(9), false)));

    Attendee attendee = AttendanceCalculator.attendees(List.of(waited), at(30), at(30)).get(0);

    assertThat(attendee.attendedSeconds()).isEqualTo(10 * 60);
    assertThat(attendee.waitingSeconds()).isEqualTo(7 * 60);
  }

  @Test
  void hostIsAnAttendeeWithTheHostRole() {
    ConnectionFacts host =
        new ConnectionFacts(
            "u:9",
            "u:9",
            at(0),
            null,
            null,
            "Teacher",
            "teacher@example.edu",
            LinkRole.HOST,
            "Teacher",
            "teacher@example.edu",
            ResolutionMethod.ZOOM_USER,
            Confidence.STRONG,
            Set.of(),
            List.of());

    Attendee attendee = AttendanceCalculator.attendees(List.of(host), at(60), at(60)).get(0);

    assertThat(attendee.role()).isEqualTo(LinkRole.HOST);
    assertThat(attendee.ref()).isEqualTo("teacher@example.edu");
    assertThat(attendee.attendedSeconds()).isEqualTo(60 * 60);
  }

  @Test
  void resultDoesNotDependOnTheOrderOfTheConnections() {
    List<ConnectionFacts> connections =
        List.of(
            person("u:1", "s-1", ResolutionMethod.NAME, at(0), at(10)),
            person("u:2", "s-1", ResolutionMethod.REGISTRANT, at(5), at(20)),
            unresolved("u:3", "p-C", "Guest", at(3), null));

    assertThat(AttendanceCalculator.attendees(reversed(connections), at(30), at(30)))
        .isEqualTo(AttendanceCalculator.attendees(connections, at(30), at(30)));
  }

  private static ConnectionFacts withFlags(ConnectionFacts c, Set<Flag> flags) {
    return new ConnectionFacts(
        c.connectionId(),
        c.chainKey(),
        c.joinedAt(),
        c.leftAt(),
        c.leaveReason(),
        c.reportedName(),
        c.ref(),
        c.role(),
        c.name(),
        c.email(),
        c.method(),
        c.confidence(),
        flags,
        c.waiting());
  }

  private static <T> List<T> reversed(List<T> list) {
    java.util.ArrayList<T> copy = new java.util.ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }
}
