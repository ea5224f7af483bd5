package io.rollcall.attendance.it;

import static io.rollcall.attendance.it.Scenario.invitee;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rollcall.events.EventJson;
import io.rollcall.events.Identity;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.Topics;
import io.rollcall.support.deadletter.DeadLetterRedrive;
import io.rollcall.support.deadletter.Selection;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import io.rollcall.testsupport.TestKafka;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * A valid message that sits on the dead-letter topic (as the versions that dead-lettered database
 * outages left them) is applied once re-driven, and re-driving it again changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class RedriveTest {

  @Inject DataSource dataSource;

  @Test
  void aReDrivenDeadLetterIsAppliedOnceHoweverOftenItIsReDriven() {
    Scenario scenario = new Scenario("970000000001");
    Identity cy = invitee("student-70");
    List<ParticipantMessage> messages =
        scenario
            .started(0)
            .joined("c1", cy, "Cy", 1)
            .left("c1", cy, "Cy", 11)
            .joined("c9", invitee("student-79"), "Sentinel", 12)
            .messages();
    ParticipantsTopic.send(messages.subList(0, 2));
    long lostAt = 1_000_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
    deadLetter(messages.get(2), lostAt);
    Projection.awaitApplied(dataSource, messages.subList(0, 2));
    assertThat(lastLeave(scenario)).isNull(); // still connected: the leave was lost

    Selection lost =
        new Selection(
            Topics.PARTICIPANTS,
            OptionalInt.of(0),
            OptionalLong.of(lostAt),
            OptionalLong.of(lostAt));
    DeadLetterRedrive redrive = new DeadLetterRedrive(TestKafka.bootstrapServers());
    assertThat(redrive.redrive(Topics.ATTENDANCE_DEAD_LETTER, lost, false)).hasSize(1);
    Projection.awaitApplied(dataSource, messages.subList(2, 3));
    assertThat(attendedSeconds(scenario)).isEqualTo(10 * 60);

    assertThat(redrive.redrive(Topics.ATTENDANCE_DEAD_LETTER, lost, false)).hasSize(1);
    // Same key, same partition, after the second copy: once it is applied, so is that copy.
    ParticipantsTopic.send(messages.subList(3, 4));
    Projection.awaitApplied(dataSource, messages.subList(3, 4));
    assertThat(attendedSeconds(scenario)).isEqualTo(10 * 60);
  }

  private static String lastLeave(Scenario scenario) {
    return JsonPath.from(Projection.attendanceJson(scenario.meetingId))
        .getString("attendees.find { it.ref == 'student-70' }.last_leave");
  }

  private static int attendedSeconds(Scenario scenario) {
    return JsonPath.from(Projection.attendanceJson(scenario.meetingId))
        .getInt("attendees.find { it.ref == 'student-70' }.attended_seconds");
  }

  /** Writes {@code message} to the dead-letter topic as SmallRye does, from partition 0. */
  private static void deadLetter(ParticipantMessage message, long offset) {
    RecordHeaders headers = new RecordHeaders();
    headers.add(Selection.TOPIC_HEADER, bytes(Topics.PARTICIPANTS));
    headers.add(Selection.PARTITION_HEADER, bytes("0"));
    headers.add(Selection.OFFSET_HEADER, bytes(Long.toString(offset)));
    headers.add(Selection.REASON_HEADER, bytes("Connection to 127.0.0.1:5432 refused."));
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            java.util.Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()),
            new StringSerializer(),
            new ByteArraySerializer())) {
      producer.send(
          new ProducerRecord<>(
              Topics.ATTENDANCE_DEAD_LETTER,
              null,
              message.instanceUuid(),
              EventJson.encode(message),
              headers));
      producer.flush();
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
