package io.rollcall.meeting.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rollcall.events.EventJson;
import io.rollcall.events.MeetingEnded;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.ReportCompleted;
import io.rollcall.events.ReportParticipant;
import io.rollcall.events.Topics;
import io.rollcall.meeting.client.ZoomPaths;
import io.rollcall.meeting.repository.ReconciliationEntity;
import io.rollcall.meeting.repository.ReconciliationRepository;
import io.rollcall.meeting.service.InstanceSweep;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import io.rollcall.testsupport.TestKafka;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reconciliation with Zoom's participants report, against the real simulator, Kafka and PostgreSQL:
 * on demand, after {@code meeting_ended}, and by the sweep; what reaches {@code
 * rollcall.reports.v1} is read back as identity-service reads it.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ZoomSimulatorTestResource.class, restrictToAnnotatedClass = false)
class ReconciliationTest {
  private static final Duration PUBLISHED = Duration.ofSeconds(60);

  @Inject ReconciliationRepository reconciliations;
  @Inject InstanceSweep sweep;
  @Inject ZoomExchanges exchanges;
  @Inject MeterRegistry meters;
  @Inject EntityManager db;

  @AfterEach
  void restoreZoom() throws Exception {
    ZoomSimulatorTestResource.proxy().clearFaults();
    Api.simControl(
        "PUT", "/sim/rate-limits", "{\"enabled\":true,\"light\":30,\"medium\":20,\"heavy\":10}");
  }

  @Test
  void onDemandReconcilePublishesEveryRowOfEveryPageThenItsCompletion() throws Exception {
    String host = Api.uniqueHost();
    String meetingId = SimMeetings.scheduleMeeting(host);
    JsonPath invitees = Api.register(meetingId, Api.invitees("rec", 1));
    String registrantId = invitees.getString("invitees[0].registrant_id");
    String uuid = SimMeetings.uuid();
    SimMeetings.play(meetingId, uuid, 300, "rec.0@example.org"); // 302 rows: two pages of 300
    long pages = ZoomSimulatorTestResource.proxy().requests("/report/meetings/");
    double rowsBefore = counter("rollcall.reconciliation.rows");

    reconcile(meetingId, uuid)
        .statusCode(202)
        .body("instance_uuid", equalTo(uuid))
        .body("meeting_id", equalTo(meetingId))
        .body("trigger", equalTo("on_demand"))
        .body("state", equalTo("pending"))
        .body("due_at", notNullValue());

    List<ReportTopic.Received> received = awaitCompletions(uuid, 1);
    List<ReportParticipant> rows = ReportTopic.rows(received);
    ReportCompleted done = ReportTopic.completions(received).get(0);
    assertThat(received).extracting(ReportTopic.Received::key).containsOnly(uuid);
    assertThat(received.get(received.size() - 1).message()).isEqualTo(done);
    assertThat(rows)
        .hasSize(302)
        .extracting(ReportParticipant::fetchId)
        .containsOnly(done.fetchId());
    assertThat(rows).extracting(r -> r.participant().userId()).doesNotHaveDuplicates();
    assertThat(done.rowsRead()).isEqualTo(302);
    assertThat(done.trigger()).isEqualTo("on_demand");
    assertThat(done.meetingId()).isEqualTo(meetingId);
    // Fetched with the meeting's tenant's credentials; every message carries the tenant.
    assertThat(rows).extracting(ReportParticipant::tenant).containsOnly(done.tenant());
    assertThat(done.tenant()).isEqualTo(ZoomSimulatorTestResource.ACCOUNT_ID);
    assertThat(ZoomSimulatorTestResource.proxy().requests("/report/meetings/") - pages)
        .isEqualTo(2);
    assertThat(counter("rollcall.reconciliation.rows") - rowsBefore).isEqualTo(302);
    assertThat(meters.find("rollcall.reconciliation.fetches").tag("trigger", "on_demand").counter())
        .isNotNull();

    ReportParticipant invitee =
        rows.stream()
            .filter(r -> registrantId.equals(r.participant().registrantId()))
            .findFirst()
            .orElseThrow();
    assertThat(invitee.participant().email()).isNull(); // signed out: Zoom shows no email
    assertThat(invitee.status()).isEqualTo("in_meeting");
    assertThat(invitee.joinTime()).isNotNull();
    assertThat(invitee.leaveTime()).isAfterOrEqualTo(invitee.joinTime());
    ReportParticipant hostRow =
        rows.stream().filter(r -> host.equals(r.participant().email())).findFirst().orElseThrow();
    assertThat(hostRow.participant().zoomUserId()).isNotNull();
    assertThat(hostRow.participant().registrantId()).isNull(); // Zoom's "" dropped
    ReportParticipant guest =
        rows.stream()
            .filter(r -> "Guest 7".equals(r.participant().userName()))
            .findFirst()
            .orElseThrow();
    assertThat(guest.participant().zoomUserId()).isNull();
    assertThat(reconciliations.byInstance(uuid))
        .get()
        .satisfies(
            r -> {
              assertThat(r.state).isEqualTo("done");
              assertThat(r.rowsRead).isEqualTo(302);
              assertThat(r.fetchId).isEqualTo(done.fetchId());
              assertThat(r.fetchedAt).isNotNull();
            });
  }

  @Test
  void aUuidStartingWithSlashIsSentToZoomEncodedTwice() throws Exception {
    String meetingId = SimMeetings.scheduleMeeting(Api.uniqueHost());
    String uuid = SimMeetings.slashedUuid();
    SimMeetings.play(meetingId, uuid, 2);

    reconcile(meetingId, uuid).statusCode(202).body("instance_uuid", equalTo(uuid));

    assertThat(ReportTopic.rows(awaitCompletions(uuid, 1))).hasSize(3);
    assertThat(
            ZoomSimulatorTestResource.proxy()
                .requests("/report/meetings/" + ZoomPaths.meeting(uuid) + "/participants"))
        .isEqualTo(1);
    assertThat(ZoomPaths.meeting(uuid)).startsWith("%252F");
  }

  @Test
  void aReportNotReadyYetIsFetchedAgainFromTheRowUntilZoomHasIt() throws Exception {
    String meetingId = SimMeetings.scheduleMeeting(Api.uniqueHost());
    String uuid = SimMeetings.uuid();
    Api.simControl(
        "PUT", "/sim/meetings/" + meetingId + "/quirks", "{\"report_not_ready_calls\":3}");
    SimMeetings.play(meetingId, uuid, 1);

    reconcile(meetingId, uuid).statusCode(202);

    assertThat(ReportTopic.rows(awaitCompletions(uuid, 1))).hasSize(2);
    ReconciliationEntity row = reconciliations.byInstance(uuid).orElseThrow();
    assertThat(row.state).isEqualTo("done");
    assertThat(row.attempts).isEqualTo(3); // three 404s (code 3001), each a due time in the row
    assertThat(row.lastError).isNull();
  }

  @Test
  void aReportThatNeverBecomesReadyIsMarkedFailedAfterTheLastAttempt() throws Exception {
    String meetingId = SimMeetings.scheduleMeeting(Api.uniqueHost());
    String uuid = SimMeetings.uuid();
    Api.simControl(
        "PUT", "/sim/meetings/" + meetingId + "/quirks", "{\"report_not_ready_calls\":1000}");
    SimMeetings.play(meetingId, uuid, 1);

    reconcile(meetingId, uuid).statusCode(202);

    ReconciliationEntity row =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> reconciliations.byInstance(uuid).orElseThrow(),
                r -> "failed".equals(r.state));
    assertThat(row.attempts).isEqualTo(6); // rollcall.reconciliation.max-attempts in %test
    assertThat(row.lastError).startsWith("not_ready: ").contains("3001");
    assertThat(
            meters
                .find("rollcall.reconciliation.failures")
                .tags("reason", "not_ready", "gave_up", "true")
                .counter()
                .count())
        .isGreaterThanOrEqualTo(1);
    assertThat(ReportTopic.forInstance(uuid)).isEmpty();
  }

  @Test
  void aFetchThatCrashedMidWayIsFetchedAgainOnceItsLeaseExpires() throws Exception {
    String meetingId = SimMeetings.scheduleMeeting(Api.uniqueHost());
    String uuid = SimMeetings.uuid();
    SimMeetings.play(meetingId, uuid, 1);
    // A replica claimed the row, then died before writing anything: its lease ran out a second ago.
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                db.createNativeQuery(
                        "INSERT INTO reconciliation (instance_uuid, meeting_id, trigger, state,"
                            + " due_at, fetch_id, tenant) VALUES (?1, ?2, 'sweep', 'fetching',"
                            + " now() - interval '1 second', 'crashed-fetch', ?3)")
                    .setParameter(1, uuid)
                    .setParameter(2, meetingId)
                    .setParameter(3, ZoomSimulatorTestResource.ACCOUNT_ID)
                    .executeUpdate());

    ReportCompleted done = ReportTopic.completions(awaitCompletions(uuid, 1)).get(0);
    assertThat(done.fetchId()).isNotEqualTo("crashed-fetch");
    assertThat(done.trigger()).isEqualTo("sweep");
    assertThat(reconciliations.byInstance(uuid).orElseThrow().state).isEqualTo("done");
  }

  @Test
  void zoomsRateLimitIsWaitedOutAsItsRetryAfterAsks() throws Exception {
    String meetingId = SimMeetings.scheduleMeeting(Api.uniqueHost());
    String uuid = SimMeetings.uuid();
    SimMeetings.play(meetingId, uuid, 1);
    long limited = exchanges.count("report_participants", "rate_limited");
    // Zoom refuses every Heavy call (Retry-After: seconds) until the test lifts the limit.
    Api.simControl("PUT", "/sim/rate-limits", "{\"heavy\":0,\"retry_after_style\":\"SECONDS\"}");

    reconcile(meetingId, uuid).statusCode(202);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> exchanges.count("report_participants", "rate_limited") > limited + 1);
    assertThat(ReportTopic.completions(ReportTopic.forInstance(uuid))).isEmpty();
    Api.simControl("PUT", "/sim/rate-limits", "{\"heavy\":10,\"retry_after_style\":\"SECONDS\"}");

    assertThat(ReportTopic.rows(awaitCompletions(uuid, 1))).hasSize(2);
    assertThat(reconciliations.byInstance(uuid).orElseThrow().attempts).isZero();
  }

  @Test
  void reconcilingTwicePublishesTheSameRowEventIds() throws Exception {
    String meetingId = SimMeetings.scheduleMeeting(Api.uniqueHost());
    String uuid = SimMeetings.uuid();
    SimMeetings.play(meetingId, uuid, 3);

    reconcile(meetingId, uuid)
        .statusCode(202)
        .body("trigger", equalTo("on_demand"))
        .body("state", equalTo("pending"));
    Set<String> first = eventIds(ReportTopic.rows(awaitCompletions(uuid, 1)));
    // The answer is the request just made, not the row as this transaction first read it (done).
    reconcile(meetingId, uuid)
        .statusCode(202)
        .body("trigger", equalTo("on_demand"))
        .body("state", equalTo("pending"));
    List<ReportTopic.Received> both = awaitCompletions(uuid, 2);

    assertThat(first).hasSize(4);
    assertThat(eventIds(ReportTopic.rows(both))).isEqualTo(first);
    List<ReportCompleted> completions = ReportTopic.completions(both);
    assertThat(completions.get(0).fetchId()).isNotEqualTo(completions.get(1).fetchId());
    assertThat(completions).extracting(ReportCompleted::rowsRead).containsOnly(4);
  }

  @Test
  void meetingEndedOnTheParticipantsTopicReconcilesTheInstanceAfterTheDelay() throws Exception {
    String meetingId = SimMeetings.scheduleMeeting(Api.uniqueHost());
    String uuid = SimMeetings.uuid();
    String notOurs = SimMeetings.uuid();
    SimMeetings.play(meetingId, uuid, 1);

    // Same key, so in this order: an unreadable message, an end of a meeting Rollcall did not
    // schedule, then ours.
    publish(uuid, "{not json".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    publish(uuid, EventJson.encode(ended("99999999999", notOurs)));
    publish(uuid, EventJson.encode(ended(meetingId, uuid)));

    ReportCompleted done = ReportTopic.completions(awaitCompletions(uuid, 1)).get(0);
    assertThat(done.trigger()).isEqualTo("meeting_ended");
    assertThat(done.rowsRead()).isEqualTo(2);
    assertThat(reconciliations.byInstance(notOurs)).isEmpty();
  }

  @Test
  void theSweepFindsAnInstanceWhoseEndNeverArrivedAndFetchesItOnlyOnce() throws Exception {
    String meetingId = SimMeetings.scheduleMeeting(Api.uniqueHost());
    String uuid = SimMeetings.uuid();
    SimMeetings.play(meetingId, uuid, 2); // no meeting_ended anywhere

    assertThat(sweep.sweep()).isGreaterThanOrEqualTo(1);

    ReportCompleted done = ReportTopic.completions(awaitCompletions(uuid, 1)).get(0);
    assertThat(done.trigger()).isEqualTo("sweep");
    assertThat(done.rowsRead()).isEqualTo(3);
    long reportCalls = ZoomSimulatorTestResource.proxy().requests("/report/meetings/");
    sweep.sweep();
    assertThat(reconciliations.byInstance(uuid).orElseThrow().fetchId).isEqualTo(done.fetchId());
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(3))
        .until(() -> ReportTopic.completions(ReportTopic.forInstance(uuid)).size() == 1);
    assertThat(ZoomSimulatorTestResource.proxy().requests("/report/meetings/"))
        .isEqualTo(reportCalls);
  }

  @Test
  void anUnknownMeetingIs404ProblemAndAMissingKeyIs401() {
    reconcile("12345678901", SimMeetings.uuid())
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("12345678901"));
    given()
        .urlEncodingEnabled(false)
        .post("/meetings/1/instances/" + ZoomPaths.segment(SimMeetings.uuid()) + "/reconcile")
        .then()
        .statusCode(401);
  }

  private static io.restassured.response.ValidatableResponse reconcile(
      String meetingId, String uuid) {
    return Api.authed()
        .urlEncodingEnabled(false)
        .post("/meetings/" + meetingId + "/instances/" + ZoomPaths.segment(uuid) + "/reconcile")
        .then();
  }

  private static List<ReportTopic.Received> awaitCompletions(String uuid, int count) {
    return await()
        .atMost(PUBLISHED)
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> ReportTopic.forInstance(uuid), r -> ReportTopic.completions(r).size() >= count);
  }

  private double counter(String name) {
    var counter = meters.find(name).counter();
    return counter == null ? 0 : counter.count();
  }

  private static Set<String> eventIds(List<ReportParticipant> rows) {
    return rows.stream().map(ReportParticipant::eventId).collect(Collectors.toSet());
  }

  private static MeetingEnded ended(String meetingId, String uuid) {
    Instant now = Instant.now();
    return new MeetingEnded(
        ParticipantMessage.SCHEMA_VERSION,
        "me:" + uuid,
        meetingId,
        uuid,
        "Synthetic seminar",
        "host-id",
        now.minusSeconds(600),
        now);
  }

  private static void publish(String key, byte[] value) throws Exception {
    Map<String, Object> props =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            TestKafka.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all");
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(Topics.PARTICIPANTS, key, value)).get();
    }
  }
}
