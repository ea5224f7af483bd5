package io.rollcall.attendance.it;

import static io.rollcall.attendance.it.Scenario.host;
import static io.rollcall.attendance.it.Scenario.invitee;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.attendance.service.ProjectionService;
import io.rollcall.events.Identity;
import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A batch is applied in one go, with what its messages depend on read once and its rows written at
 * its end: it must leave the same projection and publish the same attendance changes as applying
 * its messages one transaction each.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class BatchEquivalenceTest {

  @Inject ProjectionService projection;
  @Inject DataSource dataSource;

  /**
   * Rejoins, a second device, a waiting room, a guest later corrected to an invitee (their
   * connection moves from one attendee to another), a stale correction, duplicates, the end.
   */
  private static List<ParticipantMessage> lesson(String meetingId) {
    Identity ana = invitee("student-1");
    Identity bo = invitee("student-2");
    Identity guest = Identity.unresolved();
    List<ParticipantMessage> messages =
        new ArrayList<>(
            new Scenario(meetingId)
                .started(0)
                .joined("h1", host("teacher@example.edu"), "Teacher", 0)
                .joined("a1", ana, "Ana laptop", 2)
                .left("a1", ana, "Ana laptop", 10)
                .joined("a2", ana, "Ana laptop", 12)
                .joined("a3", ana, "Ana phone", 20)
                .event(ParticipantAction.WAITING_ROOM_JOINED, "b1", bo, "Bo", 1, 1, List.of())
                .event(ParticipantAction.ADMITTED, "b1", bo, "Bo", 3, 1, List.of())
                .joined("b1", bo, "Bo", 3)
                .joined("g1", guest, "iPhone", 5)
                .left("a3", ana, "Ana phone", 40)
                .corrected("g1", ana, 3, 41)
                .corrected("g1", bo, 2, 42)
                .left("g1", ana, "iPhone", 45)
                .left("b1", bo, "Bo", 50)
                .left("a2", ana, "Ana laptop", 30)
                .ended(60)
                .messages());
    messages.add(3, messages.get(2));
    messages.add(messages.get(10));
    return messages;
  }

  @Test
  void oneBatch_leavesTheSameProjectionAndPublishesTheSameChangesAsOneMessageAtATime()
      throws SQLException {
    String batched = "910000000201";
    String single = "910000000202";
    List<ParticipantMessage> batch = lesson(batched);
    projection.applyAll(batch);
    projection.applyAll(batch.subList(0, 5));
    for (ParticipantMessage message : lesson(single)) {
      projection.apply(message);
    }

    assertThat(normalised(Projection.attendanceJson(batched), batched))
        .isEqualTo(normalised(Projection.attendanceJson(single), single))
        .contains("student-1", "student-2", "teacher@example.edu");
    assertThat(outgoing(batched)).isNotEmpty().isEqualTo(outgoing(single));
  }

  private List<String> outgoing(String meetingId) throws SQLException {
    String instanceUuid = new Scenario(meetingId).instanceUuid;
    List<String> payloads = new ArrayList<>();
    try (Connection db = dataSource.getConnection();
        PreparedStatement select =
            db.prepareStatement(
                "SELECT event_id, payload FROM outbox WHERE message_key = ? ORDER BY id")) {
      select.setString(1, instanceUuid);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          String row = rows.getString(1) + " " + rows.getString(2);
          payloads.add(normalised(row.replace(instanceUuid, "INSTANCE"), meetingId));
        }
      }
    }
    return payloads;
  }

  private static String normalised(String text, String meetingId) {
    return text.replace(meetingId, "MEETING");
  }
}
