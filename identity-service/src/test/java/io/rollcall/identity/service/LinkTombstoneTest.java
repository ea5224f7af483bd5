package io.rollcall.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.events.ErasureMessage;
import io.rollcall.events.EventJson;
import io.rollcall.events.LinkEvent;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.PersonErased;
import io.rollcall.events.Topics;
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
 * A tombstone of {@code rollcall.links.v1} (a null value for a link id: the link was erased)
 * removes the link from the registry, in the database and in the cached instance states, and stays
 * applied when the registry is rebuilt from the topic; it is never dead-lettered.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class LinkTombstoneTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject LinkRepository links;
  @Inject DataSource dataSource;

  @Test
  void aTombstoneReadBeforeItsErasureRequestKeepsTheLinkUntilTheRequestErasesThePerson()
      throws Exception {
    Zoom zoom = new Zoom();
    LinkEvent link = zoom.invitee("s-t", "Tara", "Tomb", "REG-T");
    TestTopics.send(zoom.host("teacher@example.edu"));
    TestTopics.send(link);
    await().atMost(WAIT).until(() -> links.registry(zoom.meetingId).links().size() == 2);
    TestTopics.send(zoom.joined(Who.signedOut("100", "Tara Tomb", "REG-T"), 2));
    ParticipantEvent first = (ParticipantEvent) awaitMessages(zoom, 1).get(0);
    assertThat(first.identity().ref()).isEqualTo("s-t");

    // The tombstone comes first (another topic than the request): the link stays, so the person's
    // connection is not published as a stranger under their Zoom display name.
    TestTopics.tombstone(link.linkId());
    TestTopics.send(zoom.joined(Who.signedOut("101", "Tara Tomb", "REG-T"), 3));
    ParticipantEvent second = awaitEvent(zoom, "u:101");
    assertThat(second.identity().ref()).as("the link is still known").isEqualTo("s-t");
    assertThat(links.registry(zoom.meetingId).links())
        .extracting(l -> l.linkId())
        .contains(link.linkId());

    TestTopics.send(
        Topics.ERASURES,
        PersonErased.keyOf(first.tenant(), "s-t"),
        EventJson.encode(
            new PersonErased(
                ErasureMessage.SCHEMA_VERSION,
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                first.tenant(),
                "s-t",
                List.of(link.linkId()),
                false,
                "key:0123456789ab",
                Instant.now())));

    // The request erases the person and the link; no correction names their connections (see
    // ErasureFlowTest): a later stranger with the link's registrant id is unresolved.
    await()
        .atMost(WAIT)
        .until(
            () ->
                links.registry(zoom.meetingId).links().stream()
                    .noneMatch(l -> l.linkId().equals(link.linkId())));
    assertThat(links.registry(zoom.meetingId).links())
        .extracting(l -> l.linkId())
        .doesNotContain(link.linkId());

    TestTopics.send(zoom.joined(Who.signedOut("102", "Somebody Else", "REG-T"), 5));
    ParticipantEvent later = awaitEvent(zoom, "u:102");
    assertThat(later.connectionId()).isEqualTo("u:102");
    assertThat(later.identity().resolved()).isFalse();
    assertThat(TestTopics.readAll(Topics.IDENTITY_DEAD_LETTER))
        .noneMatch(r -> link.linkId().equals(r.key()));

    // Rebuilt from the topic: the link is read again (not stored: its person is erased), then its
    // tombstone.
    RegistryRebuilds.rebuild(dataSource);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Sql.count(
                            dataSource,
                            "SELECT count(*) FROM processed_message WHERE id = ?",
                            "link:" + link.eventId())
                        == 1
                    && links.registry(zoom.meetingId).links().size() == 1);
    assertThat(links.registry(zoom.meetingId).links())
        .singleElement()
        .satisfies(l -> assertThat(l.linkId()).isEqualTo(LinkEvent.hostLinkId(zoom.meetingId)));
  }

  private static ParticipantEvent awaitEvent(Zoom zoom, String connectionId) {
    return await()
        .atMost(WAIT)
        .until(
            () ->
                TestTopics.participants(zoom.instanceUuid).stream()
                    .filter(ParticipantEvent.class::isInstance)
                    .map(ParticipantEvent.class::cast)
                    .filter(e -> connectionId.equals(e.connectionId()))
                    .findFirst(),
            java.util.Optional::isPresent)
        .orElseThrow();
  }

  private static List<ParticipantMessage> awaitMessages(Zoom zoom, int count) {
    return await()
        .atMost(WAIT)
        .until(() -> TestTopics.participants(zoom.instanceUuid), m -> m.size() >= count);
  }
}
