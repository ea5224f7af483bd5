package io.rollcall.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.events.ConnectionCorrected;
import io.rollcall.events.LinkEvent;
import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.RawWebhookEnvelope;
import io.rollcall.events.ResolutionMethod;
import io.rollcall.identity.repository.LinkRepository;
import io.rollcall.identity.service.Zoom.Who;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14 through identity-service, raw webhooks in, participant events out: a breakout room's
 * connection and a bound phone leg are published as the invitee they continue, never as a second
 * person or an unresolved guest.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class BreakoutFlowTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String ROOM = "FkQbpP2UR028mDrwzEahqw==";

  @Inject LinkRepository links;

  /**
   * Ana (seconds from the start): main 10–600 left for a breakout room; room 602–1800 (new user id,
   * parent = the main one); main again 1802–2400; meeting ended 2410.
   */
  @ParameterizedTest(name = "breakout events carry registrant_id: {0}")
  @ValueSource(booleans = {true, false})
  void anaThroughABreakoutRoom_isAnaByRegistrantOnEveryConnection(boolean roomCarriesRegistrant) {
    Zoom zoom = new Zoom();
    publishLinks(zoom, zoom.invitee("ana", "Ana", "Silva", "REG-ANA"));
    BreakoutRooms rooms = new BreakoutRooms(zoom);
    Who main = Who.signedOut("1001", "Ana Silva", "REG-ANA");
    Who room = Who.signedOut("1002", "Ana Silva", roomCarriesRegistrant ? "REG-ANA" : null);
    Who back = Who.signedOut("1003", "Ana Silva", "REG-ANA");
    List<RawWebhookEnvelope> webhooks =
        List.of(
            rooms.joined(main, 10),
            rooms.left(main, 600, BreakoutRooms.LEFT_FOR_BREAKOUT),
            rooms.joinedRoom(room, "1001", ROOM, 602),
            rooms.leftRoom(room, "1001", ROOM, 1800),
            rooms.joined(back, 1802),
            rooms.left(back, 2400, "left the meeting.<br>Reason: left the meeting."),
            rooms.ended(2410));
    webhooks.forEach(TestTopics::send);

    List<ParticipantEvent> events = awaitEvents(zoom, 6);
    assertThat(events)
        .extracting(ParticipantEvent::connectionId)
        .containsOnly("u:1001", "u:1002", "u:1003");
    for (ParticipantEvent e : events) {
      assertThat(e.identity().ref()).as(e.zoomEvent()).isEqualTo("ana");
      assertThat(e.identity().method()).isEqualTo(ResolutionMethod.REGISTRANT);
      assertThat(e.flags()).as(e.zoomEvent()).isEmpty();
    }
    assertThat(events)
        .filteredOn(e -> e.connectionId().equals("u:1002"))
        .allSatisfy(
            e -> {
              assertThat(e.breakoutRoomUuid()).isEqualTo(ROOM);
              assertThat(e.participant().parentUserId()).isEqualTo("1001");
            })
        .extracting(ParticipantEvent::action)
        .containsExactly(ParticipantAction.JOINED, ParticipantAction.LEFT);
    assertThat(events)
        .filteredOn(e -> !e.connectionId().equals("u:1002"))
        .allSatisfy(e -> assertThat(e.breakoutRoomUuid()).isNull());
    assertThat(TestTopics.participants(zoom.instanceUuid))
        .noneMatch(m -> m instanceof ConnectionCorrected);
  }

  @Test
  void aPhoneLegBoundToTheInviteesComputer_isTheInviteeNotAnUninvitedCaller() {
    Zoom zoom = new Zoom();
    publishLinks(zoom, zoom.invitee("bea", "Bea", "Moreau", "REG-BEA"));
    BreakoutRooms rooms = new BreakoutRooms(zoom);
    Who computer = Who.signedOut("2001", "Bea Moreau", "REG-BEA");
    Who phone = Who.signedOut("2002", "+1 555 0100 2233", null);
    List.of(
            rooms.joined(computer, 60),
            rooms.joined(phone, 120),
            rooms.bind(phone, "+15550100223", "2001", 121),
            rooms.left(phone, 900, "left the meeting.<br>Reason: left the meeting."),
            rooms.left(computer, 1200, "left the meeting.<br>Reason: left the meeting."))
        .forEach(TestTopics::send);

    // Until the bind arrives the phone leg is an unknown caller; the bind corrects it.
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              List<ParticipantMessage> messages = TestTopics.participants(zoom.instanceUuid);
              assertThat(messages).filteredOn(m -> m instanceof ParticipantEvent).hasSize(5);
              ParticipantEvent last =
                  messages.stream()
                      .filter(
                          m -> m instanceof ParticipantEvent e && e.connectionId().equals("u:2002"))
                      .map(ParticipantEvent.class::cast)
                      .reduce((a, b) -> b)
                      .orElseThrow();
              assertThat(last.identity().ref()).isEqualTo("bea");
              assertThat(last.identity().method()).isEqualTo(ResolutionMethod.REGISTRANT);
              assertThat(last.flags()).isEmpty();
            });
    List<ParticipantMessage> messages = TestTopics.participants(zoom.instanceUuid);
    assertThat(messages)
        .filteredOn(m -> m instanceof ConnectionCorrected c && c.connectionId().equals("u:2002"))
        .allSatisfy(m -> assertThat(((ConnectionCorrected) m).identity().ref()).isEqualTo("bea"));
    assertThat(messages)
        .filteredOn(m -> m instanceof ParticipantEvent e && e.connectionId().equals("u:2001"))
        .allSatisfy(m -> assertThat(((ParticipantEvent) m).flags()).isEmpty());
  }

  private void publishLinks(Zoom zoom, LinkEvent... registry) {
    for (LinkEvent link : registry) {
      TestTopics.send(link);
    }
    await()
        .atMost(WAIT)
        .until(() -> links.registry(zoom.meetingId).links().size() == registry.length);
  }

  private static List<ParticipantEvent> awaitEvents(Zoom zoom, int count) {
    return await()
        .atMost(WAIT)
        .until(
            () ->
                TestTopics.participants(zoom.instanceUuid).stream()
                    .filter(m -> m instanceof ParticipantEvent)
                    .map(ParticipantEvent.class::cast)
                    .toList(),
            events -> events.size() >= count);
  }
}
