package io.rollcall.attendance.it;

import static io.restassured.RestAssured.given;
import static io.rollcall.attendance.it.Scenario.invitee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rollcall.events.Identity;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.Topics;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import io.rollcall.testsupport.TestPostgres;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped hard while participant messages flow (connections reset, new ones refused):
 * the consumer pauses instead of dead-lettering, readiness says so, and once the database is back
 * every message is applied exactly once; a malformed message in the same partition is still
 * dead-lettered and does not hold up the ones behind it.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class DatabaseOutageTest {

  @Inject DataSource dataSource;

  @AfterEach
  void databaseBack() {
    TestPostgres.restore();
  }

  @Test
  void messagesConsumedWhileTheDatabaseIsAwayAreAppliedOnceWhenItReturns() {
    Scenario scenario = new Scenario("960000000001");
    Identity ana = invitee("student-60");
    Identity ben = invitee("student-61");
    List<ParticipantMessage> before = scenario.started(0).joined("a1", ana, "Ana", 1).messages();
    ParticipantsTopic.send(before);
    Projection.awaitApplied(dataSource, before);

    TestPostgres.outage();
    List<ParticipantMessage> during =
        new Scenario(scenario.meetingId)
            .left("a1", ana, "Ana", 21)
            .joined("b1", ben, "Ben", 5)
            .left("b1", ben, "Ben", 35)
            .ended(40)
            .messages();
    ParticipantsTopic.send(during.subList(0, 1));
    // Same key, so same partition, between good messages: must not block them once the database is
    // back.
    ParticipantsTopic.sendRaw(
        Topics.PARTICIPANTS,
        scenario.instanceUuid,
        "{\"type\":\"participant_event\"".getBytes(StandardCharsets.UTF_8));
    ParticipantsTopic.send(during.subList(1, during.size()));

    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(503)
                    .body(containsString("participants"))
                    .body(containsString("paused since")));

    TestPostgres.restore();
    Projection.awaitApplied(dataSource, during);
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));

    JsonPath attendance = JsonPath.from(Projection.attendanceJson(scenario.meetingId));
    assertThat(attendance.getInt("attendees.find { it.ref == 'student-60' }.attended_seconds"))
        .isEqualTo(20 * 60);
    assertThat(attendance.getInt("attendees.find { it.ref == 'student-61' }.attended_seconds"))
        .isEqualTo(30 * 60);
    assertThat(attendance.getString("ended_at")).isNotNull();

    List<ConsumerRecord<String, byte[]>> dead =
        ParticipantsTopic.readAll(Topics.ATTENDANCE_DEAD_LETTER).stream()
            .filter(r -> scenario.instanceUuid.equals(r.key()))
            .toList();
    assertThat(dead).hasSize(1);
    assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8))
        .isEqualTo("{\"type\":\"participant_event\"");
  }
}
