package io.rollcall.meeting.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rollcall.events.ErasureApplied;
import io.rollcall.events.ErasureMessage;
import io.rollcall.events.EventJson;
import io.rollcall.events.PersonErased;
import io.rollcall.events.Topics;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import io.rollcall.testsupport.TestKafka;
import io.rollcall.testsupport.TestPostgres;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * {@code DELETE /people/{ref}} and {@code GET /people/{ref}/erasure} against the real broker,
 * database and Zoom simulator: the person's links and clicks are deleted, each link is tombstoned
 * on the links topic, a {@link PersonErased} goes out on the erasures topic, Zoom cancels the
 * registrants, and the other services' {@link ErasureApplied} reports show up.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ZoomSimulatorTestResource.class, restrictToAnnotatedClass = false)
class ErasureTest {
  private static final String TENANT = ZoomSimulatorTestResource.ACCOUNT_ID;

  private static Map<String, Object> person(String ref, String email) {
    return Map.of("ref", ref, "email", email, "first_name", "Erika", "last_name", "Mustermann");
  }

  @Test
  void erasingAPerson_deletesTheirLinks_tombstonesThem_announcesIt_andCancelsAtZoom()
      throws Exception {
    String ref = "erase-" + UUID.randomUUID().toString().substring(0, 8);
    String email = ref + "@example.org";
    String first = Api.scheduleMeeting(Api.uniqueHost());
    String second = Api.scheduleMeeting(Api.uniqueHost());
    JsonPath one =
        Api.authed()
            .body(
                Map.of(
                    "invitees",
                    List.of(
                        person(ref, email),
                        person(ref + "-other", "colleague." + ref.substring(6) + "@example.net")),
                    "tracked_links",
                    true))
            .post("/meetings/{id}/invitees", first)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    JsonPath two = Api.register(second, List.of(person(ref, email)));
    String firstLink = one.getString("invitees.find { it.ref == '" + ref + "' }.link_id");
    String registrantId = one.getString("invitees.find { it.ref == '" + ref + "' }.registrant_id");
    String trackedUrl = one.getString("invitees.find { it.ref == '" + ref + "' }.tracked_url");
    String secondLink = two.getString("invitees[0].link_id");
    given()
        .redirects()
        .follow(false)
        .get("/l/{token}", trackedUrl.substring(trackedUrl.lastIndexOf('/') + 1))
        .then()
        .statusCode(302);

    JsonPath erased =
        Api.authed()
            .delete("/people/{ref}", ref)
            .then()
            .statusCode(200)
            .body("ref", equalTo(ref))
            .body("tenant", equalTo(TENANT))
            .body("erased.meeting-service.links", equalTo(2))
            .body("erased.meeting-service.link_clicks", equalTo(1))
            .body("pending", contains("identity-service", "attendance-service"))
            .body("zoom.cancelled", equalTo(2))
            .extract()
            .jsonPath();
    String erasureId = erased.getString("erasure_id");

    // Nothing of the person is left in meeting-service's tables; the other invitee is untouched.
    assertThat(count("SELECT count(*) FROM link WHERE invitee_ref = ?", ref)).isZero();
    assertThat(count("SELECT count(*) FROM link WHERE invitee_ref = ?", ref + "-other")).isOne();
    assertThat(count("SELECT count(*) FROM link_click WHERE link_id = ?", firstLink)).isZero();
    assertThat(count("SELECT count(*) FROM outbox WHERE payload LIKE ?", "%" + email + "%"))
        .isZero();
    Api.authed().get("/meetings/{id}/invitees/{ref}", first, ref).then().statusCode(404);

    // The links topic gets a tombstone per link; the erasures topic the request.
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(tombstones()).contains(firstLink, secondLink));
    PersonErased request =
        await().atMost(Duration.ofSeconds(20)).until(() -> personErased(erasureId), r -> r != null);
    assertThat(request.key()).isEqualTo(TENANT + "/" + ref);
    assertThat(request.tenant()).isEqualTo(TENANT);
    assertThat(request.linkIds()).containsExactlyInAnyOrder(firstLink, secondLink);
    assertThat(request.keepAnonymousTotals()).isFalse();

    // Zoom cancelled the registrant.
    assertThat(
            Api.zoomGet("/meetings/" + first + "/registrants/" + registrantId).getString("status"))
        .isEqualTo("cancelled");

    // Asking again answers the same erasure (idempotent), nothing more is erased.
    Api.authed()
        .delete("/people/{ref}", ref)
        .then()
        .statusCode(200)
        .body("erasure_id", equalTo(erasureId))
        .body("repeated", equalTo(true));

    // The erased ref stays erased: inviting it again, even with another email, is refused (its
    // events would be dropped, and the person registered at Zoom); a new ref is fine.
    JsonPath again =
        Api.register(
            first,
            List.of(
                person(ref, "new." + email),
                person(ref + "-new", "renamed." + ref.substring(6) + "@example.net")));
    assertThat(again.getString("invitees.find { it.ref == '" + ref + "' }.outcome"))
        .isEqualTo("failed");
    assertThat(again.getString("invitees.find { it.ref == '" + ref + "' }.error"))
        .contains("was erased", "new ref");
    assertThat(again.getString("invitees.find { it.ref == '" + ref + "-new' }.outcome"))
        .isEqualTo("issued");
    assertThat(count("SELECT count(*) FROM link WHERE invitee_ref = ?", ref)).isZero();
  }

  @Test
  void theErasureStatus_showsEachServicesReport_asItArrives() {
    String ref = "status-" + UUID.randomUUID().toString().substring(0, 8);
    String meetingId = Api.scheduleMeeting(Api.uniqueHost());
    Api.register(meetingId, List.of(person(ref, ref + "@example.org")));
    String erasureId =
        Api.authed()
            .delete("/people/{ref}", ref)
            .then()
            .statusCode(200)
            .extract()
            .path("erasure_id");
    Api.authed()
        .get("/people/{ref}/erasure", ref)
        .then()
        .statusCode(200)
        .body("erasure_id", equalTo(erasureId))
        .body("erased", hasKey("meeting-service"))
        .body("pending", contains("identity-service", "attendance-service"));

    publish(
        ErasureApplied.of(
            erasureId,
            TENANT,
            "identity-service",
            Map.of("links", 1, "connections", 2),
            Instant.now()));

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                Api.authed()
                    .get("/people/{ref}/erasure", ref)
                    .then()
                    .statusCode(200)
                    .body("erased.identity-service.connections", equalTo(2))
                    .body("pending", contains("attendance-service")));
    // Another tenant sees no erasure of that ref.
    given()
        .header("Authorization", "Bearer " + ZoomSimulatorTestResource.B_ADMIN_KEY)
        .get("/people/{ref}/erasure", ref)
        .then()
        .statusCode(404);
    Api.authed().get("/people/{ref}/erasure", "never-" + ref).then().statusCode(404);
    Api.authed().delete("/people/{ref}", "never-" + ref).then().statusCode(404);
    Api.authed()
        .get("/people/{ref}/erasure", ref)
        .then()
        .body("erased", not(hasKey("attendance-service")));
  }

  private static List<String> tombstones() {
    List<String> keys = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> r : TestKafka.readAll(Topics.LINKS)) {
      if (r.value() == null) {
        keys.add(r.key());
      }
    }
    return keys;
  }

  private static PersonErased personErased(String erasureId) {
    for (ConsumerRecord<String, byte[]> r : TestKafka.readAll(Topics.ERASURES)) {
      if (r.value() != null
          && EventJson.decode(r.value(), ErasureMessage.class) instanceof PersonErased p
          && p.erasureId().equals(erasureId)) {
        return p;
      }
    }
    return null;
  }

  private static void publish(ErasureMessage message) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
      producer.send(
          new ProducerRecord<>(Topics.ERASURES, message.key(), EventJson.encode(message)));
      producer.flush();
    }
  }

  private static long count(String sql, String param) throws Exception {
    try (var c = TestPostgres.database().connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, param);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
