package io.rollcall.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.events.AssignmentChanged;
import io.rollcall.events.ConnectionCorrected;
import io.rollcall.events.ErasureApplied;
import io.rollcall.events.ErasureMessage;
import io.rollcall.events.EventJson;
import io.rollcall.events.LinkEvent;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.PersonErased;
import io.rollcall.events.Topics;
import io.rollcall.identity.domain.ErasedRefs;
import io.rollcall.identity.repository.LinkRepository;
import io.rollcall.identity.service.Zoom.Who;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's erasure through identity-service: a {@code PersonErased} of {@code
 * rollcall.erasures.v1} deletes the person's links and empties every name, email and id of theirs
 * in every table (searched with SQL over all of them), corrects their connections without their
 * data, reports {@code ErasureApplied}, applies once, touches nobody of another tenant with the
 * same ref, and stays applied when the registry is rebuilt from the links topic.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class ErasureFlowTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject LinkRepository links;
  @Inject DataSource dataSource;

  @Test
  void anErasureEmptiesThePersonEverywhereReportsItAndSurvivesARegistryRebuild() throws Exception {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    String tenant = "acct-erase-" + unique;
    String ref = "s-erase-" + unique;
    String surname = "Zq" + unique;
    String email = "erin." + unique + "@private.example.org";
    String registrant = "REG-E-" + unique;
    Zoom zoom = new Zoom();
    LinkEvent erin = zoom.invitee(ref, "Erin", surname, registrant).withTenant(tenant);
    LinkEvent kim = zoom.invitee("s-keep-" + unique, "Kim", "Keeper", "REG-K").withTenant(tenant);
    // Another tenant's person with the same ref (refs are unique only within a tenant).
    Zoom elsewhere = new Zoom();
    LinkEvent namesake =
        elsewhere.invitee(ref, "Other", "Person", "REG-O").withTenant("acct-other-" + unique);
    List.of(zoom.host("teacher@example.edu").withTenant(tenant), erin, kim, namesake)
        .forEach(TestTopics::send);
    await().atMost(WAIT).until(() -> links.registry(zoom.meetingId).links().size() == 3);
    await().atMost(WAIT).until(() -> links.registry(elsewhere.meetingId).links().size() == 1);

    TestTopics.send(
        zoom.joined(new Who("100", "Erin " + surname, registrant, null, email, null), 2)
            .withTenant(tenant));
    TestTopics.send(zoom.joined(Who.signedOut("101", "Kim Keeper", "REG-K"), 3).withTenant(tenant));
    List<ParticipantMessage> before = awaitMessages(zoom, 2);
    assertThat(((ParticipantEvent) before.get(0)).identity().ref()).isEqualTo(ref);
    awaitOutboxPublished();

    String erasureId = UUID.randomUUID().toString();
    PersonErased request = request(tenant, ref, erasureId, List.of(erin.linkId()));
    sendErasure(request);

    ErasureApplied report = awaitReport(erasureId);
    assertThat(report.service()).isEqualTo("identity-service");
    assertThat(report.tenant()).isEqualTo(tenant);
    assertThat(report.erased())
        .containsEntry("links", 1)
        .containsEntry("connections", 1)
        .containsEntry("observations", 1);

    // No correction for the person's own connection: attendance-service erases it by the ref from
    // the request itself, and a correction read first would have made it a stranger under the
    // person's Zoom name (the report goes out after anything the erasure published).
    assertThat(TestTopics.participants(zoom.instanceUuid))
        .filteredOn(ConnectionCorrected.class::isInstance)
        .isEmpty();

    // A late event of the erased person's connection is stored and published without their data.
    TestTopics.send(
        zoom.left(new Who("100", "Erin " + surname, registrant, null, email, null), 20)
            .withTenant(tenant));
    ParticipantEvent left =
        (ParticipantEvent)
            await()
                .atMost(WAIT)
                .until(
                    () -> TestTopics.participants(zoom.instanceUuid),
                    m -> m.stream().anyMatch(ErasureFlowTest::isLeftOf100))
                .stream()
                .filter(ErasureFlowTest::isLeftOf100)
                .findFirst()
                .get();
    assertThat(left.participant().userName()).isNull();
    assertThat(left.participant().email()).isNull();
    assertThat(left.participant().registrantId()).isNull();
    assertThat(left.leaveReason()).isNull();
    assertThat(left.identity().resolved()).isFalse();
    awaitOutboxPublished();

    assertNoTraceOf(surname, email, registrant);
    assertThat(Sql.count(dataSource, "SELECT count(*) FROM link WHERE invitee_ref = ?", ref))
        .as("the namesake of the other tenant keeps their link")
        .isEqualTo(1);
    assertThat(
            Sql.count(
                dataSource,
                "SELECT count(*) FROM erased_person WHERE ref_hash = ?",
                ErasedRefs.hash(tenant, ref)))
        .isEqualTo(1);
    assertThat(links.registry(zoom.meetingId).links())
        .extracting(l -> l.inviteeRef())
        .contains(kim.inviteeRef())
        .doesNotContain(ref);

    // Delivered again: applied once (one report, one correction).
    sendErasure(request);
    String later = UUID.randomUUID().toString();
    sendErasure(request(tenant, "s-nobody-" + unique, later, List.of()));
    awaitReport(later);
    assertThat(reports(erasureId)).hasSize(1);
    assertThat(TestTopics.participants(zoom.instanceUuid))
        .filteredOn(ConnectionCorrected.class::isInstance)
        .isEmpty();

    // An assignment to the erased person, arriving late, is not applied.
    AssignmentChanged assignment = assign(zoom, tenant, ref);
    TestTopics.send(Topics.ASSIGNMENTS, zoom.instanceUuid, EventJson.encode(assignment));
    await()
        .atMost(WAIT)
        .until(
            () ->
                Sql.count(
                        dataSource,
                        "SELECT count(*) FROM processed_message WHERE id = ?",
                        "assignment:" + assignment.eventId())
                    == 1);
    assertThat(TestTopics.participants(zoom.instanceUuid))
        .noneMatch(m -> m instanceof ConnectionCorrected c && ref.equals(c.identity().ref()));

    // The registry rebuilt from the topic, which still holds the person's link (no tombstone
    // here): the link is read again and not stored.
    RegistryRebuilds.rebuild(dataSource);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Sql.count(
                            dataSource,
                            "SELECT count(*) FROM processed_message WHERE id IN (?, ?)",
                            "link:" + erin.eventId(),
                            "link:" + kim.eventId())
                        == 2
                    && links.registry(zoom.meetingId).links().size() == 2);
    assertThat(links.registry(zoom.meetingId).links())
        .extracting(l -> l.inviteeRef())
        .doesNotContain(ref);
    assertNoTraceOf(surname, email, registrant);
    TestTopics.send(
        zoom.joined(Who.signedOut("102", "Erin " + surname, registrant), 9).withTenant(tenant));
    List<ParticipantMessage> all =
        await()
            .atMost(WAIT)
            .until(
                () -> TestTopics.participants(zoom.instanceUuid),
                m -> m.stream().anyMatch(ErasureFlowTest::isConnection102));
    assertThat(all)
        .as("nothing resolves to the erased person after the rebuild")
        .noneMatch(m -> m instanceof ConnectionCorrected c && ref.equals(c.identity().ref()));
    ParticipantEvent afterwards =
        (ParticipantEvent) all.stream().filter(ErasureFlowTest::isConnection102).findFirst().get();
    assertThat(afterwards.identity().resolved()).isFalse();
  }

  @Test
  void aStrangerWhoCameThroughThePersonsLinkKeepsTheirOwnNameAndLosesOnlyTheLinksIds() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    String tenant = "acct-erase-" + unique;
    String ref = "s-dan-" + unique;
    String registrant = "REG-DAN-" + unique;
    String stranger = "Erin Fischer" + unique;
    Zoom zoom = new Zoom();
    LinkEvent dan = zoom.invitee(ref, "Dan", "Dorsey" + unique, registrant).withTenant(tenant);
    TestTopics.send(dan);
    await().atMost(WAIT).until(() -> links.registry(zoom.meetingId).links().size() == 1);
    TestTopics.send(zoom.joined(Who.signedOut("400", stranger, registrant), 6).withTenant(tenant));
    awaitMessages(zoom, 1);
    TestTopics.send(
        zoom.joined(Who.signedOut("401", "Dan Dorsey" + unique, registrant), 8).withTenant(tenant));
    await()
        .atMost(WAIT)
        .until(
            () -> TestTopics.participants(zoom.instanceUuid),
            m ->
                m.stream()
                    .anyMatch(
                        x ->
                            x instanceof ConnectionCorrected c
                                && c.connectionId().equals("u:400")
                                && ref.equals(c.identity().viaLinkOf())));
    awaitOutboxPublished();

    String erasureId = UUID.randomUUID().toString();
    sendErasure(request(tenant, ref, erasureId, List.of(dan.linkId())));

    ErasureApplied report = awaitReport(erasureId);
    assertThat(report.erased())
        .containsEntry("connections", 1)
        .containsEntry("connections_through_their_link", 1);
    assertNoTraceOf("Dorsey" + unique, registrant);
    assertThat(
            Sql.count(
                dataSource,
                "SELECT count(*) FROM observation WHERE instance_uuid = ? AND connection_id = ?"
                    + " AND participant_json::jsonb ->> 'user_name' = ?",
                zoom.instanceUuid,
                "u:400",
                stranger))
        .as("the stranger's own display name stays")
        .isEqualTo(1);
    assertThat(
            Sql.count(
                dataSource,
                "SELECT count(*) FROM erased_connection WHERE instance_uuid = ?",
                zoom.instanceUuid))
        .as("only the person's own connection is remembered as erased")
        .isEqualTo(1);
  }

  private static boolean isLeftOf100(ParticipantMessage m) {
    return m instanceof ParticipantEvent e
        && e.connectionId().equals("u:100")
        && e.action() == io.rollcall.events.ParticipantAction.LEFT;
  }

  private static boolean isConnection102(ParticipantMessage m) {
    return m instanceof ParticipantEvent e && e.connectionId().equals("u:102");
  }

  /** No row of any identity table holds any of {@code values}. */
  private void assertNoTraceOf(String... values) {
    for (String table : Sql.tables(dataSource)) {
      for (String value : values) {
        assertThat(Sql.rowsContaining(dataSource, table, value))
            .as("rows of %s holding %s", table, value)
            .isZero();
      }
    }
  }

  private void awaitOutboxPublished() {
    await()
        .atMost(WAIT)
        .until(
            () ->
                Sql.count(dataSource, "SELECT count(*) FROM outbox WHERE published_at IS NULL")
                    == 0);
  }

  private static PersonErased request(
      String tenant, String ref, String erasureId, List<String> linkIds) {
    return new PersonErased(
        ErasureMessage.SCHEMA_VERSION,
        UUID.randomUUID().toString(),
        erasureId,
        tenant,
        ref,
        linkIds,
        false,
        "key:0123456789ab",
        Instant.now());
  }

  private static void sendErasure(PersonErased request) {
    TestTopics.send(Topics.ERASURES, request.key(), EventJson.encode(request));
  }

  private static List<ErasureApplied> reports(String erasureId) {
    return TestTopics.readAll(Topics.ERASURES).stream()
        .filter(r -> r.value() != null)
        .map(r -> EventJson.decode(r.value(), ErasureMessage.class))
        .filter(m -> m instanceof ErasureApplied a && a.erasureId().equals(erasureId))
        .map(ErasureApplied.class::cast)
        .toList();
  }

  private static ErasureApplied awaitReport(String erasureId) {
    return await().atMost(WAIT).until(() -> reports(erasureId), r -> !r.isEmpty()).get(0);
  }

  private static AssignmentChanged assign(Zoom zoom, String tenant, String ref) {
    return new AssignmentChanged(
        AssignmentChanged.SCHEMA_VERSION,
        UUID.randomUUID().toString(),
        AssignmentChanged.Action.ASSIGNED,
        zoom.meetingId,
        zoom.instanceUuid,
        "u:101",
        ref,
        "seen on camera",
        "key:0123456789ab",
        Zoom.at(90),
        tenant);
  }

  private static List<ParticipantMessage> awaitMessages(Zoom zoom, int count) {
    return await()
        .atMost(WAIT)
        .until(() -> TestTopics.participants(zoom.instanceUuid), m -> m.size() >= count);
  }
}
