package io.rollcall.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.demo.Attendance.Attendee;
import io.rollcall.demo.Attendance.Resolution;
import io.rollcall.demo.Attendance.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceTableTest {

  private static final Instant START = Instant.parse("2026-09-14T15:00:00Z");
  private static final Instant END = START.plus(Duration.ofMinutes(55));

  private static Instant at(int seconds) {
    return START.plusSeconds(seconds);
  }

  private static final Attendee CAROL =
      new Attendee(
          "carol",
          "invitee",
          "Carol Chen",
          "carol@acme.test",
          new Resolution("registrant", "exact"),
          3090,
          List.of(
              new Session(at(120), at(1200), "disconnected"),
              new Session(at(1290), END, "Host ended the meeting.")),
          List.of(),
          null);

  private static final List<ZoomConnection> ZOOM =
      List.of(
          new ZoomConnection("carol", "Carol, own link", "Carol Chen", "1", "r1", "", at(120)),
          new ZoomConnection("carol", "Carol, by phone", "+49 30", "2", "r1", "", at(1290)),
          new ZoomConnection("guest", "a guest", "DESKTOP-1", "3", null, "", at(70)));

  @Test
  void aPersonWithTwoConnectionsShowsBothSessionsAndWhatZoomSaidAboutEach() {
    DemoResult result =
        new DemoResult(
            "81234",
            "Quarterly onboarding",
            START,
            new Attendance("81234", "uuid==", START, END, List.of(CAROL)),
            ZOOM,
            Duration.ofMillis(1500));

    String table = AttendanceTable.render(result);

    assertThat(table)
        .contains("carol", "Carol Chen", "registrant/exact", "51m30s")
        .contains("02:00-20:00", "21:30-55:00")
        .contains("user_name=\"Carol Chen\"", "user_name=\"+49 30\"", "Carol, by phone")
        .doesNotContain("DESKTOP-1");
  }

  @Test
  void someoneSplitOffAForwardedLinkShowsWhoseLinkTheyUsed() {
    Attendee erin =
        new Attendee(
            null,
            null,
            "Erin Fischer",
            null,
            new Resolution("none", "none"),
            2940,
            List.of(new Session(at(360), END, "Host ended the meeting.")),
            List.of("shared_link", "name_mismatch"),
            "dan");
    DemoResult result =
        new DemoResult(
            "81234",
            "Quarterly onboarding",
            START,
            new Attendance("81234", "uuid==", START, END, List.of(erin)),
            List.of(),
            Duration.ofMillis(1500));

    assertThat(AttendanceTable.render(result))
        .contains("(unresolved) via dan's link", "49m00s", "shared_link,name_mismatch");
  }

  @Test
  void connectionsAreMatchedToAnAttendeeByJoinTime() {
    assertThat(AttendanceTable.connectionsOf(CAROL, ZOOM))
        .extracting(ZoomConnection::userId)
        .containsExactly("1", "2");
  }

  @Test
  void durationsReadAsHoursMinutesSeconds() {
    assertThat(AttendanceTable.duration(59)).isEqualTo("0m59s");
    assertThat(AttendanceTable.duration(3090)).isEqualTo("51m30s");
    assertThat(AttendanceTable.duration(3725)).isEqualTo("1h02m05s");
  }

  @Test
  void attendanceIsCompleteOnlyOnceEveryConnectionHasLeftAndTheMeetingEnded() {
    Attendance partial = new Attendance("81234", "uuid==", START, null, List.of(CAROL));
    assertThat(DemoDriver.complete(partial)).isFalse();
    Attendance ended = new Attendance("81234", "uuid==", START, END, List.of(CAROL));
    // Two of the seed scenario's seven connections: not yet complete.
    assertThat(DemoDriver.complete(ended)).isFalse();
  }
}
