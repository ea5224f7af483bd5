package io.rollcall.attendance.it;

import static io.restassured.RestAssured.given;
import static io.rollcall.attendance.it.Scenario.host;
import static io.rollcall.attendance.it.Scenario.invitee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.events.Identity;
import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class OrderIndependenceTest {

  @Inject DataSource dataSource;

  /**
   * A class with a rejoin, a second device, a waiting room, an unresolved guest, the host (left
   * open until the meeting ends) and a meeting end.
   */
  static List<ParticipantMessage> lesson(String meetingId) {
    Identity student1 = invitee("student-1");
    Identity student2 = invitee("student-2");
    Identity guest = Identity.unresolved();
    return new Scenario(meetingId)
        .started(0)
        .joined("h1", host("teacher@example.edu"), "Teacher", 0)
        .joined("a1", student1, "Ana laptop", 2)
        .left("a1", student1, "Ana laptop", 10)
        .joined("a2", student1, "Ana laptop", 12)
        .joined("a3", student1, "Ana phone", 20)
        .left("a3", student1, "Ana phone", 40)
        .left("a2", student1, "Ana laptop", 30)
        .event(ParticipantAction.WAITING_ROOM_JOINED, "b1", student2, "Bo", 1, 1, List.of())
        .event(ParticipantAction.ADMITTED, "b1", student2, "Bo", 3, 1, List.of())
        .joined("b1", student2, "Bo", 3)
        .left("b1", student2, "Bo", 50)
        .joined("g1", guest, "iPhone", 5)
        .left("g1", guest, "iPhone", 15)
        .ended(60)
        .messages();
  }

  private String played(String meetingId, List<ParticipantMessage> messages) {
    ParticipantsTopic.send(messages);
    Projection.awaitApplied(dataSource, messages);
    return Projection.attendanceJson(meetingId).replace(meetingId, "MEETING");
  }

  @Test
  void inOrderStreamGivesPerPersonUnionOfSessions() {
    String meetingId = "910000000001";
    played(meetingId, lesson(meetingId));

    given()
        .auth()
        .oauth2(Projection.API_KEY)
        .get("/meetings/{id}/attendance", meetingId)
        .then()
        .statusCode(200)
        .body("ended_at", equalTo("2026-09-14T16:00:00Z"))
        .body("attendees", hasSize(4))
        .body("attendees[0].ref", equalTo("teacher@example.edu"))
        .body("attendees[0].role", equalTo("host"))
        .body("attendees[0].attended_seconds", equalTo(3600))
        .body("attendees[0].sessions[0].leave_reason", equalTo("meeting ended"))
        .body("attendees[1].ref", equalTo("student-1"))
        .body("attendees[1].attended_seconds", equalTo((8 + 28) * 60))
        .body("attendees[1].sessions", hasSize(3))
        .body("attendees[1].last_leave", equalTo("2026-09-14T15:40:00Z"))
        .body("attendees[1].resolution.method", equalTo("registrant"))
        .body("attendees[2].ref", equalTo("student-2"))
        .body("attendees[2].attended_seconds", equalTo(47 * 60))
        .body("attendees[2].waiting_seconds", equalTo(2 * 60))
        .body("attendees[2].waiting", hasSize(1))
        .body("attendees[2].waiting[0].from", equalTo("2026-09-14T15:01:00Z"))
        .body("attendees[2].waiting[0].to", equalTo("2026-09-14T15:03:00Z"))
        .body("attendees[3].ref", nullValue())
        .body("attendees[3].name", equalTo("iPhone"))
        .body("attendees[3].resolution.method", equalTo("none"))
        .body("attendees[3].attended_seconds", equalTo(600));
  }

  @Test
  void shuffledStreamGivesTheSameAttendanceAsTheInOrderStream() {
    String ordered = played("910000000002", lesson("910000000002"));
    List<ParticipantMessage> shuffled = new ArrayList<>(lesson("910000000003"));
    Collections.shuffle(shuffled, new Random(42));
    // Make sure a leave really arrives before its join.
    moveFirstLeaveToFront(shuffled);

    assertThat(played("910000000003", shuffled)).isEqualTo(ordered);
  }

  @Test
  void duplicatedStreamWithLateRetriesGivesTheSameAttendance() {
    String ordered = played("910000000004", lesson("910000000004"));
    List<ParticipantMessage> duplicated = new ArrayList<>(lesson("910000000005"));
    List<ParticipantMessage> retries = new ArrayList<>(duplicated);
    Collections.shuffle(retries, new Random(7));
    // Zoom retries: every event again, some long after the person rejoined, plus double delivery.
    duplicated.addAll(retries);
    duplicated.add(2, duplicated.get(1));

    assertThat(played("910000000005", duplicated)).isEqualTo(ordered);
  }

  private static void moveFirstLeaveToFront(List<ParticipantMessage> messages) {
    for (int i = 0; i < messages.size(); i++) {
      if (messages.get(i).eventId().endsWith(":LEFT:10")) {
        messages.add(0, messages.remove(i));
        return;
      }
    }
  }
}
