package io.rollcall.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.events.ConnectionCorrected;
import io.rollcall.events.Flag;
import io.rollcall.events.LinkEvent;
import io.rollcall.events.LinkRole;
import io.rollcall.events.MeetingEnded;
import io.rollcall.events.MeetingStarted;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.RawWebhookEnvelope;
import io.rollcall.events.ResolutionMethod;
import io.rollcall.events.Topics;
import io.rollcall.identity.domain.Resolution;
import io.rollcall.identity.repository.LinkRepository;
import io.rollcall.identity.service.Zoom.Who;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class IdentityFlowTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject LinkRepository links;
  @Inject IdentityService service;

  @Test
  void linksThenEvents_resolveTheInviteeByRegistrantWithoutCorrections() {
    Zoom zoom = new Zoom();
    publishLinks(
        zoom, zoom.host("teacher@example.edu"), zoom.invitee("s-1", "María", "López", "REG-1"));
    Who maria = Who.signedOut("100", "María López", "REG-1");
    TestTopics.send(zoom.joined(maria, 2));
    TestTopics.send(zoom.left(new Who("100", "María López", null, null, null, null), 30));

    List<ParticipantMessage> messages = awaitMessages(zoom, 2);
    assertThat(messages).allMatch(m -> m instanceof ParticipantEvent);
    for (ParticipantMessage m : messages) {
      ParticipantEvent e = (ParticipantEvent) m;
      assertThat(e.connectionId()).isEqualTo("u:100");
      assertThat(e.identity().ref()).isEqualTo("s-1");
      assertThat(e.identity().method()).isEqualTo(ResolutionMethod.REGISTRANT);
      assertThat(e.flags()).isEmpty();
      assertThat(e.revision()).isEqualTo(1);
    }
  }

  @Test
  void eventsBeforeLinks_arePublishedPendingThenCorrected() {
    Zoom zoom = new Zoom();
    TestTopics.send(zoom.joined(Who.signedOut("200", "user", "REG-LATE"), 1));
    List<ParticipantMessage> first = awaitMessages(zoom, 1);
    ParticipantEvent pending = (ParticipantEvent) first.get(0);
    assertThat(pending.identity().resolved()).isFalse();
    assertThat(pending.flags()).containsExactly(Flag.PENDING_LINK);

    TestTopics.send(zoom.invitee("s-late", "Lea", "Late", "REG-LATE"));
    List<ParticipantMessage> all = awaitMessages(zoom, 2);
    ConnectionCorrected correction = (ConnectionCorrected) all.get(1);
    assertThat(correction.connectionId()).isEqualTo("u:200");
    assertThat(correction.revision()).isEqualTo(2);
    assertThat(correction.eventId()).isEqualTo("cc:" + zoom.instanceUuid + ":u:200:2");
    assertThat(correction.identity().ref()).isEqualTo("s-late");
    assertThat(correction.identity().method()).isEqualTo(ResolutionMethod.REGISTRANT);
    assertThat(correction.flags()).isEmpty();
  }

  @Test
  void ownerJoiningAfterAStrangerOnHisLink_correctsTheStrangersConnectionOffTheOwner() {
    Zoom zoom = new Zoom();
    publishLinks(zoom, zoom.invitee("s-dan", "Dan", "Dorsey", "REG-DAN"));
    TestTopics.send(zoom.joined(Who.signedOut("400", "Erin Fischer", "REG-DAN"), 6));
    ParticipantEvent erin = (ParticipantEvent) awaitMessages(zoom, 1).get(0);
    assertThat(erin.identity().ref()).isEqualTo("s-dan");
    assertThat(erin.flags()).containsExactly(Flag.NAME_MISMATCH);

    TestTopics.send(zoom.joined(Who.signedOut("401", "Dan Dorsey", "REG-DAN"), 8));
    List<ParticipantMessage> all = awaitMessages(zoom, 3);
    ConnectionCorrected correction =
        all.stream()
            .filter(m -> m instanceof ConnectionCorrected c && c.connectionId().equals("u:400"))
            .map(ConnectionCorrected.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(correction.revision()).isEqualTo(2);
    assertThat(correction.identity().resolved()).isFalse();
    assertThat(correction.identity().viaLinkOf()).isEqualTo("s-dan");
    assertThat(correction.flags()).containsExactly(Flag.SHARED_LINK, Flag.NAME_MISMATCH);
    ParticipantEvent dan =
        all.stream()
            .filter(m -> m instanceof ParticipantEvent e && e.connectionId().equals("u:401"))
            .map(ParticipantEvent.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(dan.identity().ref()).isEqualTo("s-dan");
    assertThat(dan.identity().viaLinkOf()).isNull();
    assertThat(dan.flags()).containsExactly(Flag.SHARED_LINK);
  }

  @Test
  void duplicateDeliveries_produceNoDuplicateEventIdsDownstream() {
    Zoom zoom = new Zoom();
    publishLinks(zoom, zoom.invitee("s-3", "Jonas", "Berg", "REG-3"));
    RawWebhookEnvelope joined = zoom.joined(Who.signedOut("300", "Jonas Berg", "REG-3"), 1);
    TestTopics.send(joined);
    TestTopics.send(joined);
    TestTopics.send(joined);
    // The same event delivered again under a new request id (overlapping subscriptions).
    TestTopics.send(zoom.envelope(joined.event(), joined.body()));
    // Same partition, processed in order: once the sentinel is out, the duplicates were handled.
    TestTopics.send(zoom.left(Who.signedOut("300", "Jonas Berg", null), 9));
    List<ParticipantMessage> messages = awaitMessages(zoom, 2);
    assertThat(messages).extracting(ParticipantMessage::eventId).doesNotHaveDuplicates();
    assertThat(messages)
        .extracting(ParticipantMessage::eventId)
        .contains("pe:" + joined.dedupKey());
    assertThat(messages).hasSize(2);
  }

  @Test
  void duplicatesWithinOneBatch_areAppliedOnceInOrder() {
    Zoom zoom = new Zoom();
    publishLinks(zoom, zoom.invitee("s-4", "Ida", "Holm", "REG-4"));
    RawWebhookEnvelope joined = zoom.joined(Who.signedOut("400", "Ida Holm", "REG-4"), 1);
    RawWebhookEnvelope left = zoom.left(Who.signedOut("400", "Ida Holm", null), 9);
    RawWebhookEnvelope joinedAgain = zoom.envelope(joined.event(), joined.body());
    service.handleRaw(List.of(joined, joined, joinedAgain, left, joined, left));
    service.handleRaw(List.of(joinedAgain, left));

    List<ParticipantMessage> messages = awaitMessages(zoom, 2);
    assertThat(messages)
        .extracting(ParticipantMessage::eventId)
        .containsExactly("pe:" + joined.dedupKey(), "pe:" + left.dedupKey());
  }

  @Test
  void seedScenario_resolvesEveryoneAndFlagsNothingSpurious() {
    Zoom zoom = new Zoom();
    publishLinks(zoom, seedLinks(zoom).toArray(LinkEvent[]::new));
    for (RawWebhookEnvelope e : seed(zoom)) {
      TestTopics.send(e);
    }
    // meeting.started, 3 joins, 3 leaves, meeting.ended (+ corrections, if any) after the links.
    Map<String, Resolution> result = awaitFinal(zoom, 3, seed(zoom).size());
    assertSeedResolutions(zoom, result);
    List<ParticipantMessage> messages = TestTopics.participants(zoom.instanceUuid);
    assertThat(messages.get(0)).isInstanceOf(MeetingStarted.class);
    assertThat(messages.get(0).eventId()).isEqualTo("ms:" + zoom.instanceUuid);
    assertThat(messages).filteredOn(m -> m instanceof MeetingEnded).hasSize(1);
  }

  @Test
  void shuffledDelivery_endsWithTheSameResolutionsAsTheSeedScenario() {
    Zoom zoom = new Zoom();
    List<RawWebhookEnvelope> events = new ArrayList<>(seed(zoom));
    events.removeIf(e -> e.event().startsWith("meeting.") && !e.event().contains("participant"));
    Collections.shuffle(events, new Random(42));
    List<LinkEvent> registry = seedLinks(zoom);
    // Half of the links before the events, the rest after: corrections must repair the rest.
    TestTopics.send(registry.get(0));
    events.forEach(TestTopics::send);
    registry.subList(1, registry.size()).forEach(TestTopics::send);
    assertSeedResolutions(zoom, awaitFinal(zoom, 3, events.size()));
  }

  @Test
  void malformedRawMessage_goesToTheDeadLetterTopicAndTheNextIsProcessed() {
    Zoom zoom = new Zoom();
    TestTopics.send(
        Topics.ZOOM_WEBHOOKS_RAW, zoom.instanceUuid, "{not json".getBytes(StandardCharsets.UTF_8));
    RawWebhookEnvelope badBody = zoom.envelope("meeting.participant_joined", "{\"event\":");
    TestTopics.send(badBody);
    TestTopics.send(zoom.envelope("recording.completed", "{\"event\":\"recording.completed\"}"));
    TestTopics.send(zoom.joined(Who.signedOut("400", "Guest", null), 1));

    List<ParticipantMessage> messages = awaitMessages(zoom, 1);
    assertThat(((ParticipantEvent) messages.get(0)).connectionId()).isEqualTo("u:400");
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              List<ConsumerRecord<String, byte[]>> dead =
                  TestTopics.readAll(Topics.IDENTITY_DEAD_LETTER).stream()
                      .filter(r -> zoom.instanceUuid.equals(r.key()))
                      .toList();
              assertThat(dead).hasSize(2);
              for (ConsumerRecord<String, byte[]> r : dead) {
                Header reason = r.headers().lastHeader("dead-letter-reason");
                assertThat(reason).isNotNull();
                assertThat(new String(reason.value(), StandardCharsets.UTF_8)).isNotBlank();
              }
            });
  }

  // --- the seed scenario -------------------------------------------------------------------

  private static List<LinkEvent> seedLinks(Zoom zoom) {
    return List.of(
        zoom.invitee("s-maria", "María", "López", "REG-MARIA"),
        zoom.host("teacher@example.edu"),
        zoom.invitee("s-jonas", "Jonas", "Berg", "REG-JONAS"));
  }

  /**
   * The invitee joins first through her own link as a signed-out "user"; a guest whose client
   * reports an OS user name joins without a link; the host joins late, signed in (start link).
   */
  private List<RawWebhookEnvelope> seed(Zoom zoom) {
    if (seedCache.containsKey(zoom)) {
      return seedCache.get(zoom);
    }
    Who maria = Who.signedOut("16785408", "user", "REG-MARIA");
    Who guest = Who.signedOut("16786000", "DESKTOP-7Q2LM", null);
    Who host = Who.signedIn("16790000", "Tom Teacher", zoom.hostZoomId);
    Who mariaLeaving = Who.signedOut("16785408", "user", null);
    List<RawWebhookEnvelope> events =
        List.of(
            zoom.lifecycle("meeting.started", 0),
            zoom.joined(maria, 1),
            zoom.joined(guest, 3),
            zoom.joined(host, 12),
            zoom.left(guest, 20),
            zoom.left(mariaLeaving, 44),
            zoom.left(host, 45),
            zoom.lifecycle("meeting.ended", 45));
    seedCache.put(zoom, events);
    return events;
  }

  private final Map<Zoom, List<RawWebhookEnvelope>> seedCache = new HashMap<>();

  private void publishLinks(Zoom zoom, LinkEvent... registry) {
    for (LinkEvent link : registry) {
      TestTopics.send(link);
    }
    await()
        .atMost(WAIT)
        .until(() -> links.registry(zoom.meetingId).links().size() == registry.length);
  }

  private static void assertSeedResolutions(Zoom zoom, Map<String, Resolution> result) {
    assertThat(result).containsOnlyKeys("u:16785408", "u:16786000", "u:16790000");
    Resolution maria = result.get("u:16785408");
    assertThat(maria.identity().ref()).isEqualTo("s-maria");
    assertThat(maria.identity().method()).isEqualTo(ResolutionMethod.REGISTRANT);
    assertThat(maria.flags()).isEmpty();
    Resolution host = result.get("u:16790000");
    assertThat(host.identity().ref()).isEqualTo("teacher@example.edu");
    assertThat(host.identity().role()).isEqualTo(LinkRole.HOST);
    assertThat(host.identity().method()).isEqualTo(ResolutionMethod.ZOOM_USER);
    assertThat(host.flags()).isEmpty();
    Resolution guest = result.get("u:16786000");
    assertThat(guest.identity().resolved()).isFalse();
    assertThat(guest.flags()).containsExactly(Flag.UNINVITED);
  }

  private static List<ParticipantMessage> awaitMessages(Zoom zoom, int count) {
    return await()
        .atMost(WAIT)
        .until(() -> TestTopics.participants(zoom.instanceUuid), m -> m.size() >= count);
  }

  /**
   * Waits until the instance's participant events are all out and the final state matches what the
   * seed expects, then returns each connection's latest published resolution.
   */
  private static Map<String, Resolution> awaitFinal(Zoom zoom, int connections, int events) {
    Map<String, Resolution> result = new HashMap<>();
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              result.clear();
              List<ParticipantMessage> messages = TestTopics.participants(zoom.instanceUuid);
              assertThat(messages).extracting(ParticipantMessage::eventId).doesNotHaveDuplicates();
              assertThat(messages)
                  .filteredOn(m -> !(m instanceof ConnectionCorrected))
                  .hasSize(events);
              result.putAll(latest(messages));
              assertThat(result).hasSize(connections);
              assertSeedResolutions(zoom, result);
            });
    return result;
  }

  private static Map<String, Resolution> latest(List<ParticipantMessage> messages) {
    Map<String, Integer> revisions = new HashMap<>();
    Map<String, Resolution> result = new HashMap<>();
    for (ParticipantMessage m : messages) {
      String connection;
      int revision;
      Resolution resolution;
      if (m instanceof ParticipantEvent e) {
        connection = e.connectionId();
        revision = e.revision();
        resolution = new Resolution(e.identity(), e.flags());
      } else if (m instanceof ConnectionCorrected c) {
        connection = c.connectionId();
        revision = c.revision();
        resolution = new Resolution(c.identity(), c.flags());
      } else {
        continue;
      }
      if (revision >= revisions.getOrDefault(connection, 0)) {
        revisions.put(connection, revision);
        result.put(connection, resolution);
      }
    }
    return result;
  }
}
