package io.rollcall.attendance.it;

import static io.rollcall.attendance.it.Scenario.invitee;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.events.AttendanceChange;
import io.rollcall.events.EventJson;
import io.rollcall.events.Identity;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.Topics;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class DownstreamAndDeadLetterTest {

  @Inject DataSource dataSource;

  @Test
  void joinLeaveAndEndArePublishedKeyedByInstanceWithDeterministicIds() {
    Scenario scenario = new Scenario("950000000001");
    Identity fay = invitee("student-30");
    List<ParticipantMessage> messages =
        scenario
            .started(0)
            .joined("f1", fay, "Fay", 1)
            .left("f1", fay, "Fay", 21)
            .ended(30)
            .messages();
    ParticipantsTopic.send(messages);

    String leftId = "att:" + messages.get(2).eventId();
    AttendanceChange left = awaitChange(leftId);
    assertThat(left.type()).isEqualTo(AttendanceChange.Type.PERSON_LEFT);
    assertThat(left.ref()).isEqualTo("student-30");
    assertThat(left.attendedSeconds()).isEqualTo(20 * 60);
    assertThat(left.lastLeave()).isEqualTo(Scenario.at(21));

    assertThat(awaitChange("att:" + messages.get(1).eventId()).type())
        .isEqualTo(AttendanceChange.Type.PERSON_JOINED);
    AttendanceChange ended = awaitChange("att:" + messages.get(3).eventId());
    assertThat(ended.type()).isEqualTo(AttendanceChange.Type.INSTANCE_ENDED);
    assertThat(ended.instanceUuid()).isEqualTo(scenario.instanceUuid);
  }

  @Test
  void unreadableMessageIsDeadLetteredWithTheReasonAndTheConsumerKeepsGoing() {
    String key = "Broken+instance/1==";
    ParticipantsTopic.sendRaw(
        Topics.PARTICIPANTS,
        key,
        "{\"type\":\"participant_event\",".getBytes(StandardCharsets.UTF_8));
    ConsumerRecord<String, byte[]> dead =
        ParticipantsTopic.awaitRecord(Topics.ATTENDANCE_DEAD_LETTER, r -> key.equals(r.key()));
    Header reason = dead.headers().lastHeader("dead-letter-reason");
    assertThat(reason).isNotNull();
    assertThat(new String(reason.value(), StandardCharsets.UTF_8))
        .contains("not a valid ParticipantMessage");

    List<ParticipantMessage> after =
        new Scenario("950000000002").joined("k1", invitee("student-31"), "Kim", 1).messages();
    ParticipantsTopic.send(after);
    Projection.awaitApplied(dataSource, after);
  }

  private static AttendanceChange awaitChange(String eventId) {
    ConsumerRecord<String, byte[]> record =
        ParticipantsTopic.awaitRecord(
            Topics.ATTENDANCE,
            r -> EventJson.decode(r.value(), AttendanceChange.class).eventId().equals(eventId));
    AttendanceChange change = EventJson.decode(record.value(), AttendanceChange.class);
    assertThat(record.key()).isEqualTo(change.instanceUuid());
    return change;
  }
}
