package io.rollcall.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.rollcall.events.EventJson;
import io.rollcall.events.RawWebhookEnvelope;
import io.rollcall.events.Topics;
import io.rollcall.ingest.domain.WebhookVerifier;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.TestKafka;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class ZoomWebhookResourceTest {
  static final String SECRET = "SYNTH_secret_tok_9f3Kq2";
  static final String ROTATED_SECRET = "second_rotated_secret";

  static byte[] sample(String name) throws IOException {
    try (InputStream in = ZoomWebhookResourceTest.class.getResourceAsStream("/zoom/" + name)) {
      return in.readAllBytes();
    }
  }

  static String now() {
    return String.valueOf(Instant.now().getEpochSecond());
  }

  private static io.restassured.response.Response post(
      byte[] body, String secret, String requestId) {
    String ts = now();
    var request =
        given()
            .contentType("application/json; charset=utf-8")
            .header("x-zm-request-timestamp", ts)
            .header("x-zm-signature", WebhookVerifier.sign(secret, ts, body));
    if (requestId != null) {
      request.header("x-zm-request-id", requestId);
    }
    return request.body(body).post("/zoom/webhooks");
  }

  @Test
  void aWebinarEventIsForwardedLikeAMeetingEventKeyedByTheWebinarInstance() throws IOException {
    byte[] body = sample("webinar_participant_joined.json");
    String requestId = UUID.randomUUID().toString().replace('-', '_');

    post(body, SECRET, requestId).then().statusCode(200);

    List<ConsumerRecord<String, byte[]>> records =
        RawTopic.readAll().stream()
            .filter(
                r ->
                    requestId.equals(
                        EventJson.decode(r.value(), RawWebhookEnvelope.class).dedupKey()))
            .toList();
    assertThat(records).hasSize(1);
    RawWebhookEnvelope envelope =
        EventJson.decode(records.get(0).value(), RawWebhookEnvelope.class);
    assertThat(records.get(0).key()).isEqualTo("Wq3vHc+7T9e1n/4Xb2Kp8Q==");
    assertThat(envelope.event()).isEqualTo("webinar.participant_joined");
    assertThat(envelope.meetingId()).isEqualTo("94022334455");
    assertThat(envelope.meetingUuid()).isEqualTo("Wq3vHc+7T9e1n/4Xb2Kp8Q==");
    assertThat(envelope.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(body);
  }

  @Test
  void aSignedEventEndsUpOnTheRawTopicByteForByteKeyedByInstance() throws IOException {
    byte[] body = sample("participant_joined.json");
    String requestId = UUID.randomUUID().toString().replace('-', '_');

    post(body, SECRET, requestId).then().statusCode(200);

    // The answer came after Kafka's ack, so the record is there now: no waiting needed.
    List<ConsumerRecord<String, byte[]>> records =
        RawTopic.readAll().stream()
            .filter(
                r ->
                    requestId.equals(
                        EventJson.decode(r.value(), RawWebhookEnvelope.class).dedupKey()))
            .toList();
    assertThat(records).hasSize(1);
    ConsumerRecord<String, byte[]> record = records.get(0);
    RawWebhookEnvelope envelope = EventJson.decode(record.value(), RawWebhookEnvelope.class);
    assertThat(record.key()).isEqualTo("rT7xQb+4S3q0m/1Zc9Lw2A==");
    assertThat(envelope.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(body);
    assertThat(envelope.event()).isEqualTo("meeting.participant_joined");
    assertThat(envelope.meetingId()).isEqualTo("83011223344");
    assertThat(envelope.zoomRequestId()).isEqualTo(requestId);
    assertThat(envelope.receivedAt()).isNotNull();
    assertThat(envelope.requestTimestamp()).isPositive();
  }

  @Test
  void withoutARequestIdTheDedupKeyIsTheBodyHashSoARetryGetsTheSameKey() throws IOException {
    byte[] body =
        new String(sample("participant_left.json"), StandardCharsets.UTF_8)
            .replace("16785408", "nohdr" + System.nanoTime())
            .getBytes(StandardCharsets.UTF_8);

    post(body, SECRET, null).then().statusCode(200);
    post(body, SECRET, null).then().statusCode(200);

    String expectedKey = io.rollcall.ingest.domain.DedupKey.of(null, body);
    assertThat(RawTopic.envelopesWithDedupKey(expectedKey)).hasSize(2);
  }

  @Test
  void withoutADefaultAccountIdEveryAccountIsTheDefaultTenantsAsBeforeTenants() {
    String requestId = "any_" + UUID.randomUUID();
    byte[] body =
        ("{\"event\":\"meeting.participant_joined\",\"payload\":{\"account_id\":\"AcctAny"
                + UUID.randomUUID()
                + "\",\"object\":{\"id\":\"83011223344\",\"uuid\":\"any==\"}}}")
            .getBytes(StandardCharsets.UTF_8);
    byte[] noAccount =
        "{\"event\":\"meeting.started\",\"payload\":{\"object\":{\"id\":\"83011223344\"}}}"
            .getBytes(StandardCharsets.UTF_8);
    String noAccountId = "noacct_" + UUID.randomUUID();

    post(body, SECRET, requestId).then().statusCode(200);
    post(noAccount, ROTATED_SECRET, noAccountId).then().statusCode(200);

    assertThat(RawTopic.envelopesWithDedupKey(requestId))
        .singleElement()
        .extracting(RawWebhookEnvelope::tenant)
        .isEqualTo("default");
    assertThat(RawTopic.envelopesWithDedupKey(noAccountId))
        .singleElement()
        .extracting(RawWebhookEnvelope::tenant)
        .isEqualTo("default");
  }

  @Test
  void aRotatedSecretIsAcceptedToo() throws IOException {
    String requestId = "rot_" + UUID.randomUUID();
    post(sample("participant_left.json"), ROTATED_SECRET, requestId).then().statusCode(200);
    assertThat(RawTopic.envelopesWithDedupKey(requestId)).hasSize(1);
  }

  @Test
  void urlValidationIsAnsweredWithTheMatchingSecretAndNotForwarded() throws IOException {
    String requestId = "val_" + UUID.randomUUID();
    post(sample("url_validation.json"), SECRET, requestId)
        .then()
        .statusCode(200)
        .body("plainToken", equalTo("sYnTh_PlainTok3n_x81Q"))
        .body(
            "encryptedToken",
            equalTo("34c5a25e87047fe9834a0cf6bffe2e30e58d4442d2c6e2d7bde8599a059defae"));

    post(sample("url_validation.json"), ROTATED_SECRET, null)
        .then()
        .statusCode(200)
        .body(
            "encryptedToken",
            equalTo(
                WebhookVerifier.encryptedToken(
                    ROTATED_SECRET.getBytes(StandardCharsets.UTF_8), "sYnTh_PlainTok3n_x81Q")));
    assertThat(RawTopic.envelopesWithDedupKey(requestId)).isEmpty();
  }

  @Test
  void aWrongSignatureIs401ProblemAndNothingIsWritten() throws IOException {
    String requestId = "bad_" + UUID.randomUUID();
    post(sample("participant_joined.json"), "not-the-secret", requestId)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("detail", containsString("does not match"));
    assertThat(RawTopic.envelopesWithDedupKey(requestId)).isEmpty();
  }

  @Test
  void aMissingSignatureIs401() throws IOException {
    given()
        .contentType(ContentType.JSON)
        .header("x-zm-request-timestamp", now())
        .body(sample("participant_joined.json"))
        .post("/zoom/webhooks")
        .then()
        .statusCode(401)
        .body("detail", containsString("missing x-zm-signature"));
  }

  @Test
  void aStaleTimestampIs401EvenWhenCorrectlySigned() throws IOException {
    byte[] body = sample("participant_joined.json");
    String old = String.valueOf(Instant.now().getEpochSecond() - 3600);
    given()
        .contentType(ContentType.JSON)
        .header("x-zm-request-timestamp", old)
        .header("x-zm-signature", WebhookVerifier.sign(SECRET, old, body))
        .body(body)
        .post("/zoom/webhooks")
        .then()
        .statusCode(401)
        .body("detail", containsString("replay window"));
  }

  @Test
  void signedButNotJsonIs400() {
    post("definitely not json".getBytes(StandardCharsets.UTF_8), SECRET, null)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("not valid JSON"));
  }

  @Test
  void notJsonSignedWithAWrongSecretIs401AsBefore() {
    post("definitely not json".getBytes(StandardCharsets.UTF_8), "not-the-secret", null)
        .then()
        .statusCode(401)
        .body("detail", containsString("does not match"));
  }

  @Test
  void signedJsonWithoutEventIs400() {
    post("{\"payload\":{}}".getBytes(StandardCharsets.UTF_8), SECRET, null)
        .then()
        .statusCode(400)
        .body("detail", containsString("event"));
  }

  @Test
  void anUnknownButSignedEventTypeIsAcceptedAndForwarded() {
    String requestId = "unk_" + UUID.randomUUID();
    byte[] body =
        "{\"event\":\"meeting.something_new\",\"event_ts\":1,\"payload\":{\"account_id\":\"a\"}}"
            .getBytes(StandardCharsets.UTF_8);
    post(body, SECRET, requestId).then().statusCode(200);
    List<RawWebhookEnvelope> stored = RawTopic.envelopesWithDedupKey(requestId);
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).partitionKey()).isEqualTo("event:meeting.something_new");
  }

  @Test
  void aBodyOverTheLimitIs413() {
    byte[] big = new byte[1_048_577];
    java.util.Arrays.fill(big, (byte) ' ');
    big[0] = '{';
    big[big.length - 1] = '}';
    post(big, SECRET, null).then().statusCode(413);
  }

  @Test
  void wrongMethodIs405AndWrongContentTypeIs415() {
    given().get("/zoom/webhooks").then().statusCode(405);
    given().contentType(ContentType.TEXT).body("x").post("/zoom/webhooks").then().statusCode(415);
  }

  @Test
  void whenKafkaRefusesTheEventTheAnswerIs503AndNothingIsOnTheTopic() throws Exception {
    String requestId = "down_" + UUID.randomUUID();
    // The broker refuses every record of the topic while its size limit is below our envelope's.
    setTopicConfig("max.message.bytes", "64");
    try {
      post(sample("participant_joined.json"), SECRET, requestId)
          .then()
          .statusCode(503)
          .contentType("application/problem+json");
    } finally {
      setTopicConfig("max.message.bytes", "1048588");
    }
    assertThat(RawTopic.envelopesWithDedupKey(requestId)).isEmpty();

    // And the service recovers as soon as Kafka does (the broker applies the restored limit
    // asynchronously, so retry as Zoom would).
    byte[] body = sample("participant_joined.json");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> post(body, SECRET, requestId).statusCode() == 200);
    assertThat(RawTopic.envelopesWithDedupKey(requestId)).hasSize(1);
  }

  @Test
  void readinessReflectsKafkaAndMetricsCountOutcomes() {
    given().get("/q/health/ready").then().statusCode(200).body(containsString("Kafka"));
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("rollcall_ingest_requests_total"));
  }

  @Test
  void theOpenApiDocumentDescribesTheEndpoint() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/zoom/webhooks"));
  }

  private static void setTopicConfig(String name, String value) throws Exception {
    try (Admin admin = TestKafka.admin()) {
      ConfigResource topic =
          new ConfigResource(ConfigResource.Type.TOPIC, Topics.ZOOM_WEBHOOKS_RAW);
      Map<ConfigResource, Collection<AlterConfigOp>> change =
          Map.of(
              topic,
              List.of(new AlterConfigOp(new ConfigEntry(name, value), AlterConfigOp.OpType.SET)));
      admin.incrementalAlterConfigs(change).all().get();
      // The controller has it; wait until the broker serving the topic applies it too.
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  value.equals(
                      admin
                          .describeConfigs(List.of(topic))
                          .all()
                          .get()
                          .get(topic)
                          .get(name)
                          .value()));
    }
  }
}
