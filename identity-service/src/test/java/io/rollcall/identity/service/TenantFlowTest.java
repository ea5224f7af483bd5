package io.rollcall.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.events.ConnectionCorrected;
import io.rollcall.events.EventJson;
import io.rollcall.events.InstanceReconciled;
import io.rollcall.events.LinkEvent;
import io.rollcall.events.MeetingEnded;
import io.rollcall.events.MeetingStarted;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.RawWebhookEnvelope;
import io.rollcall.events.ReportCompleted;
import io.rollcall.events.Topics;
import io.rollcall.identity.repository.LinkRepository;
import io.rollcall.identity.service.Zoom.Who;
import io.rollcall.support.tenant.Tenants;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 through identity-service: the tenant of each raw envelope (null: the default tenant) is
 * carried by every message published for its instance, whatever caused it (the webhook itself, a
 * late link, a report); a tenant's links never resolve another tenant's participants, and a webhook
 * naming another tenant than its instance's is dead-lettered, not applied.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class TenantFlowTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject LinkRepository links;
  @Inject Tenants tenants;

  @Test
  void everyMessageOfAnInstanceCarriesTheTenantOfItsRawEnvelopes() {
    Zoom zoom = new Zoom();
    String tenant = "acct-" + UUID.randomUUID();
    TestTopics.send(zoom.lifecycle("meeting.started", 0).withTenant(tenant));
    TestTopics.send(
        zoom.joined(Who.signedOut("100", "María López", "REG-1"), 2).withTenant(tenant));
    awaitMessages(zoom, 2);
    // A late link of the same tenant: a correction of the instance.
    LinkEvent maria = zoom.invitee("s-1", "María", "López", "REG-1").withTenant(tenant);
    TestTopics.send(maria);
    awaitMessages(zoom, 3);
    TestTopics.send(
        Topics.REPORTS,
        zoom.instanceUuid,
        EventJson.encode(
            ReportCompleted.of(
                zoom.meetingId,
                zoom.instanceUuid,
                UUID.randomUUID().toString(),
                0,
                Zoom.at(70),
                "on_demand",
                tenant)));
    TestTopics.send(zoom.lifecycle("meeting.ended", 60).withTenant(tenant));

    List<ParticipantMessage> messages = awaitMessages(zoom, 5);
    assertThat(messages)
        .extracting(m -> m.getClass().getSimpleName())
        .contains(
            MeetingStarted.class.getSimpleName(),
            ParticipantEvent.class.getSimpleName(),
            ConnectionCorrected.class.getSimpleName(),
            InstanceReconciled.class.getSimpleName(),
            MeetingEnded.class.getSimpleName());
    assertThat(messages).allSatisfy(m -> assertThat(tenantOf(m)).isEqualTo(tenant));
    ConnectionCorrected corrected =
        messages.stream()
            .filter(ConnectionCorrected.class::isInstance)
            .map(ConnectionCorrected.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(corrected.identity().ref()).isEqualTo("s-1");
  }

  @Test
  void envelopesWithoutATenantBelongToTheDefaultTenant() {
    Zoom zoom = new Zoom();
    TestTopics.send(zoom.lifecycle("meeting.started", 0));
    TestTopics.send(zoom.joined(Who.signedOut("100", "iPad", null), 2));
    List<ParticipantMessage> messages = awaitMessages(zoom, 2);
    assertThat(messages)
        .allSatisfy(m -> assertThat(tenantOf(m)).isEqualTo(tenants.defaultTenant().accountId()));
  }

  @Test
  void aLinkOfAnotherTenantNeverResolvesTheInstancesParticipants() {
    Zoom zoom = new Zoom();
    String tenantA = "acct-a-" + UUID.randomUUID();
    String tenantB = "acct-b-" + UUID.randomUUID();
    TestTopics.send(zoom.invitee("s-b", "Bea", "Other", "REG-B").withTenant(tenantB));
    await().atMost(WAIT).until(() -> links.registry(zoom.meetingId).links().size() == 1);

    TestTopics.send(zoom.joined(Who.signedOut("100", "Bea Other", "REG-B"), 2).withTenant(tenantA));
    ParticipantEvent joined = (ParticipantEvent) awaitMessages(zoom, 1).get(0);
    assertThat(joined.tenant()).isEqualTo(tenantA);
    assertThat(joined.identity().resolved()).isFalse();

    // The same meeting's link of tenant A resolves it (a correction of tenant A).
    TestTopics.send(zoom.invitee("s-a", "Bea", "Other", "REG-B").withTenant(tenantA));
    ConnectionCorrected corrected = (ConnectionCorrected) awaitMessages(zoom, 2).get(1);
    assertThat(corrected.identity().ref()).isEqualTo("s-a");
    assertThat(corrected.tenant()).isEqualTo(tenantA);
  }

  @Test
  void aWebhookNamingAnotherTenantThanItsInstancesIsDeadLetteredNotApplied() {
    Zoom zoom = new Zoom();
    String tenantA = "acct-a-" + UUID.randomUUID();
    TestTopics.send(zoom.joined(Who.signedOut("100", "iPad", null), 2).withTenant(tenantA));
    awaitMessages(zoom, 1);

    RawWebhookEnvelope foreign =
        zoom.joined(Who.signedOut("101", "Intruder", null), 3).withTenant("acct-other");
    TestTopics.send(foreign);
    TestTopics.send(zoom.joined(Who.signedOut("102", "Phone", null), 4).withTenant(tenantA));

    List<ParticipantMessage> messages = awaitMessages(zoom, 2);
    assertThat(messages)
        .filteredOn(ParticipantEvent.class::isInstance)
        .extracting(m -> ((ParticipantEvent) m).connectionId())
        .containsExactly("u:100", "u:102");
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              List<ConsumerRecord<String, byte[]>> dead =
                  TestTopics.readAll(Topics.IDENTITY_DEAD_LETTER).stream()
                      .filter(r -> zoom.instanceUuid.equals(r.key()))
                      .toList();
              assertThat(dead).hasSize(1);
              assertThat(
                      new String(
                          dead.get(0).headers().lastHeader("dead-letter-reason").value(),
                          StandardCharsets.UTF_8))
                  .contains("acct-other");
            });
  }

  static String tenantOf(ParticipantMessage message) {
    if (message instanceof ParticipantEvent m) {
      return m.tenant();
    } else if (message instanceof ConnectionCorrected m) {
      return m.tenant();
    } else if (message instanceof MeetingStarted m) {
      return m.tenant();
    } else if (message instanceof MeetingEnded m) {
      return m.tenant();
    } else if (message instanceof InstanceReconciled m) {
      return m.tenant();
    }
    throw new AssertionError("unknown message " + message);
  }

  private static List<ParticipantMessage> awaitMessages(Zoom zoom, int count) {
    return await()
        .atMost(WAIT)
        .until(() -> TestTopics.participants(zoom.instanceUuid), m -> m.size() >= count);
  }
}
