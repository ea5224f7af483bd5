package io.rollcall.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.events.AssignmentChanged;
import io.rollcall.events.ConnectionCorrected;
import io.rollcall.events.EventJson;
import io.rollcall.events.EvidenceSource;
import io.rollcall.events.InstanceReconciled;
import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.ReportCompleted;
import io.rollcall.events.ReportParticipant;
import io.rollcall.events.ResolutionMethod;
import io.rollcall.events.Topics;
import io.rollcall.events.ZoomParticipant;
import io.rollcall.identity.service.Zoom.Who;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 through identity-service with a real broker and database: rows of Zoom's participants
 * report ({@code rollcall.reports.v1}) become events of the webhooks' own connections, add what the
 * webhooks lost, resolve or upgrade connections through the same ladder, and apply once however
 * often they are read; operators' assignments ({@code rollcall.assignments.v1}) become corrections
 * with method {@code manual} that survive a reload of the instance and are withdrawn the same way.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class ReconciliationFlowTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject InstanceStates instances;
  @Inject io.rollcall.identity.repository.LinkRepository links;

  /** Sends the links and waits until the registry holds them (links have their own consumer). */
  private void publishLinks(Zoom zoom, io.rollcall.events.LinkEvent... registry) {
    for (io.rollcall.events.LinkEvent link : registry) {
      TestTopics.send(link);
    }
    await()
        .atMost(WAIT)
        .until(() -> links.registry(zoom.meetingId).links().size() == registry.length);
  }

  @Test
  void reportRowsMeetTheWebhooksConnectionsAndAddWhatWasLost() {
    Zoom zoom = new Zoom();
    publishLinks(
        zoom,
        zoom.host("teacher@example.edu"),
        zoom.invitee("s-1", "María", "López", "REG-1"),
        zoom.invitee("s-2", "Jonas", "Berg", "REG-2"));
    // María's join arrived; her leave and everything of Jonas were lost.
    TestTopics.send(zoom.joined(Who.signedOut("100", "María López", "REG-1"), 2));
    awaitMessages(zoom, 1);

    String fetch = UUID.randomUUID().toString();
    List<ReportParticipant> rows =
        List.of(
            row(zoom, fetch, "100", "María López", "REG-1", 2, 50),
            row(zoom, fetch, "101", "Jonas Berg", "REG-2", 5, 55),
            row(zoom, fetch, "102", "iPad", null, 10, 40));
    rows.forEach(r -> sendReport(zoom, r));
    sendReport(
        zoom,
        ReportCompleted.of(
            zoom.meetingId, zoom.instanceUuid, fetch, 3, Zoom.at(70), "on_demand", null));

    List<ParticipantMessage> messages = awaitReconciled(zoom, 1);
    List<ParticipantEvent> fromReport =
        messages.stream()
            .filter(m -> m instanceof ParticipantEvent e && e.source() == EvidenceSource.REPORT)
            .map(m -> (ParticipantEvent) m)
            .toList();
    assertThat(fromReport).hasSize(6);
    assertThat(fromReport)
        .filteredOn(e -> e.connectionId().equals("u:100"))
        .extracting(ParticipantEvent::action, ParticipantEvent::occurredAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ParticipantAction.JOINED, Zoom.at(2)),
            org.assertj.core.groups.Tuple.tuple(ParticipantAction.LEFT, Zoom.at(50)));
    assertThat(fromReport)
        .filteredOn(e -> e.connectionId().equals("u:101"))
        .allSatisfy(
            e -> {
              assertThat(e.identity().ref()).isEqualTo("s-2");
              assertThat(e.identity().method()).isEqualTo(ResolutionMethod.REGISTRANT);
              assertThat(e.zoomEvent()).isEqualTo(ParticipantEvent.REPORT_ZOOM_EVENT);
            });
    assertThat(fromReport)
        .filteredOn(e -> e.connectionId().equals("u:102"))
        .allSatisfy(e -> assertThat(e.identity().resolved()).isFalse());
    InstanceReconciled reconciled = (InstanceReconciled) messages.get(messages.size() - 1);
    assertThat(reconciled.rowsRead()).isEqualTo(3);
    assertThat(reconciled.trigger()).isEqualTo("on_demand");
    assertThat(messages).noneMatch(m -> m instanceof ConnectionCorrected);

    // Read again (another fetch, same rows): only the new completion is published.
    int before = messages.size();
    String again = UUID.randomUUID().toString();
    rows.forEach(r -> sendReport(zoom, withFetch(r, again)));
    sendReport(
        zoom,
        ReportCompleted.of(
            zoom.meetingId, zoom.instanceUuid, again, 3, Zoom.at(80), "sweep", null));
    List<ParticipantMessage> after = awaitReconciled(zoom, 2);
    assertThat(after).hasSize(before + 1);
  }

  @Test
  void aReportRowCarryingTheRegistrantIdUpgradesAnUnresolvedConnection() {
    Zoom zoom = new Zoom();
    publishLinks(
        zoom, zoom.host("teacher@example.edu"), zoom.invitee("s-1", "María", "López", "REG-1"));
    TestTopics.send(zoom.joined(Who.signedOut("200", "user", null), 1));
    ParticipantEvent webhook = (ParticipantEvent) awaitMessages(zoom, 1).get(0);
    assertThat(webhook.identity().resolved()).isFalse();

    String fetch = UUID.randomUUID().toString();
    sendReport(zoom, row(zoom, fetch, "200", "user", "REG-1", 1, 30));
    sendReport(
        zoom,
        ReportCompleted.of(
            zoom.meetingId, zoom.instanceUuid, fetch, 1, Zoom.at(40), "meeting_ended", null));

    List<ParticipantMessage> messages = awaitReconciled(zoom, 1);
    ConnectionCorrected upgrade =
        messages.stream()
            .filter(m -> m instanceof ConnectionCorrected)
            .map(m -> (ConnectionCorrected) m)
            .findFirst()
            .orElseThrow();
    assertThat(upgrade.connectionId()).isEqualTo("u:200");
    assertThat(upgrade.identity().ref()).isEqualTo("s-1");
    assertThat(upgrade.identity().method()).isEqualTo(ResolutionMethod.REGISTRANT);
    assertThat(upgrade.revision()).isEqualTo(2);
  }

  @Test
  void anAssignmentIsACorrectionThatSurvivesAReloadAndIsWithdrawnTheSameWay() {
    Zoom zoom = new Zoom();
    publishLinks(
        zoom, zoom.host("teacher@example.edu"), zoom.invitee("s-1", "María", "López", "REG-1"));
    TestTopics.send(zoom.joined(Who.signedOut("300", "iPad", null), 1));
    awaitMessages(zoom, 1);

    sendAssignment(zoom, AssignmentChanged.Action.ASSIGNED, "s-1", Zoom.at(90));
    ConnectionCorrected assigned = (ConnectionCorrected) awaitMessages(zoom, 2).get(1);
    assertThat(assigned.identity().ref()).isEqualTo("s-1");
    assertThat(assigned.identity().method()).isEqualTo(ResolutionMethod.MANUAL);
    assertThat(assigned.identity().assignment().assignedBy()).isEqualTo("key:0123456789ab");
    assertThat(assigned.identity().assignment().reason()).isEqualTo("seen on camera");
    assertThat(assigned.identity().assignment().evidence().method())
        .isEqualTo(ResolutionMethod.NONE);
    assertThat(assigned.reason()).isEqualTo("manual assignment by key:0123456789ab");

    instances.clear(); // as after a restart: the instance is rebuilt from the database
    TestTopics.send(zoom.left(Who.signedOut("300", "iPad", null), 30));
    ParticipantEvent left = (ParticipantEvent) awaitMessages(zoom, 3).get(2);
    assertThat(left.identity().method()).isEqualTo(ResolutionMethod.MANUAL);
    assertThat(left.revision()).isEqualTo(assigned.revision());

    sendAssignment(zoom, AssignmentChanged.Action.WITHDRAWN, null, Zoom.at(95));
    ConnectionCorrected withdrawn = (ConnectionCorrected) awaitMessages(zoom, 4).get(3);
    assertThat(withdrawn.identity().resolved()).isFalse();
    assertThat(withdrawn.identity().assignment()).isNull();
    assertThat(withdrawn.revision()).isGreaterThan(assigned.revision());
  }

  private static ReportParticipant row(
      Zoom zoom, String fetch, String userId, String name, String registrantId, int from, int to) {
    ZoomParticipant p =
        new ZoomParticipant(userId, null, name, null, null, registrantId, null, null);
    Instant join = Zoom.at(from);
    Instant leave = Zoom.at(to);
    return ReportParticipant.of(
        zoom.meetingId,
        zoom.instanceUuid,
        fetch,
        p,
        join,
        leave,
        Duration.between(join, leave).toSeconds(),
        "in_meeting",
        false,
        null);
  }

  private static ReportParticipant withFetch(ReportParticipant r, String fetch) {
    return ReportParticipant.of(
        r.meetingId(),
        r.instanceUuid(),
        fetch,
        r.participant(),
        r.joinTime(),
        r.leaveTime(),
        r.duration(),
        r.status(),
        r.failover(),
        null);
  }

  private static void sendReport(Zoom zoom, Object message) {
    TestTopics.send(Topics.REPORTS, zoom.instanceUuid, EventJson.encode(message));
  }

  private static void sendAssignment(
      Zoom zoom, AssignmentChanged.Action action, String ref, Instant at) {
    AssignmentChanged message =
        new AssignmentChanged(
            AssignmentChanged.SCHEMA_VERSION,
            UUID.randomUUID().toString(),
            action,
            zoom.meetingId,
            zoom.instanceUuid,
            "u:300",
            ref,
            ref == null ? null : "seen on camera",
            "key:0123456789ab",
            at,
            null);
    TestTopics.send(Topics.ASSIGNMENTS, zoom.instanceUuid, EventJson.encode(message));
  }

  private static List<ParticipantMessage> awaitMessages(Zoom zoom, int count) {
    return await()
        .atMost(WAIT)
        .until(() -> TestTopics.participants(zoom.instanceUuid), m -> m.size() >= count);
  }

  /** The instance's messages once {@code count} reconciliations were published. */
  private static List<ParticipantMessage> awaitReconciled(Zoom zoom, int count) {
    return await()
        .atMost(WAIT)
        .until(
            () -> TestTopics.participants(zoom.instanceUuid),
            m -> m.stream().filter(x -> x instanceof InstanceReconciled).count() >= count);
  }
}
