package io.rollcall.attendance.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
class RebuildTest {

  @Inject DataSource dataSource;

  @Test
  void rebuildFromTheLogEndsInExactlyTheSameAttendance() {
    String meetingId = "940000000001";
    List<ParticipantMessage> messages = new ArrayList<>(OrderIndependenceTest.lesson(meetingId));
    Collections.shuffle(messages, new Random(3));
    messages.addAll(
        new Scenario(meetingId).corrected("g1", Scenario.invitee("student-3"), 2, 61).messages());
    ParticipantsTopic.send(messages);
    Projection.awaitApplied(dataSource, messages);
    String before = Projection.attendanceJson(meetingId);
    String instancesBefore = instances(meetingId);

    given()
        .auth()
        .oauth2(Projection.API_KEY)
        .post("/admin/rebuild")
        .then()
        .statusCode(200)
        .body("replayed", greaterThanOrEqualTo(messages.size()));

    assertThat(Projection.attendanceJson(meetingId)).isEqualTo(before);
    assertThat(instances(meetingId)).isEqualTo(instancesBefore);
  }

  @Test
  void rebuildNeedsAnApiKey() {
    given().post("/admin/rebuild").then().statusCode(401);
  }

  private static String instances(String meetingId) {
    return given()
        .auth()
        .oauth2(Projection.API_KEY)
        .get("/meetings/{id}/instances", meetingId)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }
}
