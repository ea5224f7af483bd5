package io.rollcall.attendance.it;

import static io.restassured.RestAssured.given;
import static io.rollcall.attendance.it.Scenario.host;
import static io.rollcall.attendance.it.Scenario.webinarPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rollcall.events.Identity;
import io.rollcall.events.LinkRole;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A webinar's instance through the real Kafka topic and PostgreSQL: the answer says {@code kind:
 * webinar} and each person's role — host, panelist, attendee, and attendee for an unresolved guest
 * — in JSON and in the CSV's {@code role} column.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class WebinarAttendanceTest {
  private static final String KEY = "test-key-1";

  @Inject DataSource dataSource;

  @Test
  void aWebinarsAttendanceShowsRolesAndAttendedSeconds() {
    String webinarId = "940000001401";
    Scenario webinar = new Scenario(webinarId).webinar();
    Identity teacher = host("host@acme.test");
    Identity ines = webinarPerson("ines", LinkRole.PANELIST);
    Identity sam = webinarPerson("sam", LinkRole.ATTENDEE);
    List<ParticipantMessage> messages =
        webinar
            .started(0)
            .joined("h", teacher, "Host", 0)
            .joined("p", ines, "Inès Moreau", 1)
            .joined("s1", sam, "Sam Okafor", 2)
            .left("s1", sam, "Sam Okafor", 20)
            .joined("s2", sam, "Sam Okafor", 22)
            .left("s2", sam, "Sam Okafor", 50)
            .joined("g", Identity.unresolved(), "MacBook-Air", 5)
            .ended(60)
            .messages();
    ParticipantsTopic.send(messages);
    Projection.awaitApplied(dataSource, messages);

    JsonPath answer =
        given()
            .header("Authorization", "Bearer " + KEY)
            .get("/meetings/{id}/attendance", webinarId)
            .then()
            .statusCode(200)
            .body("kind", equalTo("webinar"))
            .extract()
            .jsonPath();
    Map<String, String> roles = new java.util.HashMap<>();
    Map<String, Integer> seconds = new java.util.HashMap<>();
    for (Map<String, Object> a : answer.<Map<String, Object>>getList("attendees")) {
      String who = a.get("ref") == null ? "(guest)" : (String) a.get("ref");
      roles.put(who, (String) a.get("role"));
      seconds.put(who, (Integer) a.get("attended_seconds"));
    }
    assertThat(roles)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "host@acme.test", "host",
                "ines", "panelist",
                "sam", "attendee",
                "(guest)", "attendee"));
    assertThat(seconds)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("host@acme.test", 3600, "ines", 3540, "sam", 2760, "(guest)", 3300));

    String csv =
        given()
            .header("Authorization", "Bearer " + KEY)
            .header("Accept", "text/csv")
            .get("/meetings/{id}/attendance", webinarId)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv.lines().skip(1))
        .anySatisfy(line -> assertThat(line).contains(",ines,panelist,"))
        .anySatisfy(line -> assertThat(line).contains(",sam,attendee,"))
        .anySatisfy(line -> assertThat(line).contains(",,attendee,MacBook-Air,"));
    given()
        .header("Authorization", "Bearer " + KEY)
        .get("/meetings/{id}/instances", webinarId)
        .then()
        .statusCode(200)
        .body("instances[0].kind", equalTo("webinar"));
  }
}
