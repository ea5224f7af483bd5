package io.rollcall.attendance.it;

import static io.restassured.RestAssured.given;
import static io.rollcall.attendance.it.Scenario.invitee;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.events.Identity;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class CorrectionTest {

  @Inject DataSource dataSource;

  @Test
  void correctionMovesAnUnresolvedConnectionToThePersonWithoutDoubleCounting() {
    String meetingId = "920000000001";
    Identity carla = invitee("student-9");
    List<ParticipantMessage> before =
        new Scenario(meetingId)
            .started(0)
            .joined("c1", carla, "Carla laptop", 0)
            .left("c1", carla, "Carla laptop", 30)
            .joined("c2", Identity.unresolved(), "Carla phone", 20)
            .left("c2", Identity.unresolved(), "Carla phone", 40)
            .ended(45)
            .messages();
    ParticipantsTopic.send(before);
    Projection.awaitApplied(dataSource, before);
    attendance(meetingId).body("attendees", hasSize(2));

    List<ParticipantMessage> correction =
        new Scenario(meetingId).corrected("c2", carla, 2, 50).messages();
    ParticipantsTopic.send(correction);
    Projection.awaitApplied(dataSource, correction);

    attendance(meetingId)
        .body("attendees", hasSize(1))
        .body("attendees[0].ref", equalTo("student-9"))
        .body("attendees[0].attended_seconds", equalTo(40 * 60))
        .body("attendees[0].sessions", hasSize(2));
  }

  @Test
  void olderRevisionArrivingAfterTheCorrectionDoesNotUndoIt() {
    String meetingId = "920000000002";
    Identity dan = invitee("student-10");
    Scenario scenario = new Scenario(meetingId);
    List<ParticipantMessage> messages =
        scenario
            .started(0)
            .corrected("d1", dan, 2, 1)
            // Revision 1 events, resolved to nobody, arrive after the correction.
            .joined("d1", Identity.unresolved(), "Dan", 0)
            .left("d1", Identity.unresolved(), "Dan", 25)
            .ended(30)
            .messages();
    ParticipantsTopic.send(messages);
    Projection.awaitApplied(dataSource, messages);

    attendance(meetingId)
        .body("attendees", hasSize(1))
        .body("attendees[0].ref", equalTo("student-10"))
        .body("attendees[0].name", equalTo("Name student-10"))
        .body("attendees[0].attended_seconds", equalTo(25 * 60));
  }

  @Test
  void correctionSplittingAStrangerOffAForwardedLinkShowsWhoseLinkAndLeavesTheOwnerHisTime() {
    String meetingId = "920000000003";
    Identity dan = invitee("dan");
    List<ParticipantMessage> before =
        new Scenario(meetingId)
            .started(0)
            .joined("e1", dan, "Erin Fischer", 6)
            .left("e1", dan, "Erin Fischer", 55)
            .joined("d1", dan, "Dan Dorsey", 8)
            .left("d1", dan, "Dan Dorsey", 55)
            .ended(55)
            .messages();
    ParticipantsTopic.send(before);
    Projection.awaitApplied(dataSource, before);
    attendance(meetingId)
        .body("attendees", hasSize(1))
        .body("attendees[0].attended_seconds", equalTo(49 * 60));

    // identity-service, once Dan's own join is known: Erin is not Dan, she used his link.
    List<ParticipantMessage> correction =
        new Scenario(meetingId)
            .corrected("e1", Identity.unresolved().throughLinkOf("dan"), 2, 9)
            .messages();
    ParticipantsTopic.send(correction);
    Projection.awaitApplied(dataSource, correction);

    attendance(meetingId)
        .body("attendees", hasSize(2))
        .body("attendees.find { it.ref == 'dan' }.attended_seconds", equalTo(47 * 60))
        .body("attendees.find { it.ref == 'dan' }.via_link_of", nullValue())
        .body("attendees.find { it.ref == null }.name", equalTo("Erin Fischer"))
        .body("attendees.find { it.ref == null }.via_link_of", equalTo("dan"))
        .body("attendees.find { it.ref == null }.attended_seconds", equalTo(49 * 60));
  }

  private static io.restassured.response.ValidatableResponse attendance(String meetingId) {
    return given()
        .auth()
        .oauth2(Projection.API_KEY)
        .get("/meetings/{id}/attendance", meetingId)
        .then()
        .statusCode(200);
  }
}
